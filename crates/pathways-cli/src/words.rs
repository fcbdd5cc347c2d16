//! The words of the CLI's routes table, one catalog per language: whole
//! sentences with `{name}` placeholders, so each language puts the figures
//! where its word order wants them. `--lang` picks the catalog; the data's
//! own text comes in the same language from the region's bundle of it.

/// Every phrase the routes table and its explanations use.
pub struct Words {
    /// `{m}` months, short.
    pub months: &'static str,
    /// `{m}` months when `{m}` is exactly 1, which Spanish writes in the singular.
    pub month_one: &'static str,
    /// A yearly wage: `{wage}`.
    pub per_year: &'static str,
    /// A rung whose wage BLS does not publish.
    pub wage_not_published: &'static str,
    /// Where a person without a job starts.
    pub no_job_yet: &'static str,
    /// No route meets the limits: `{start}`.
    pub no_route: &'static str,
    /// The table's heading when it lists one route: `{start}`, `{best}`.
    pub heading_one: &'static str,
    /// The table's heading: `{start}`, `{count}`, `{best}`.
    pub heading_many: &'static str,
    /// One route's line: `{n}`, `{last}`, `{wage}`, `{months}`, `{cost}`, `{programs}`, `{paid}`.
    pub route_line: &'static str,
    /// `{n}` programs, for the route line, as one program.
    pub program_one: &'static str,
    /// `{n}` programs, for the route line.
    pub programs_many: &'static str,
    /// The picks a route is best at, in the order `Pick` declares them:
    /// fastest, cheapest, highest wage, most months paid while learning.
    pub picks: [&'static str; 4],
    /// The route that beats this one: `{n}`.
    pub beaten_by: &'static str,
    /// Ladders longer than the engine follows: `{max}`.
    pub beyond_rung_limit: &'static str,
    /// A rung whose BLS code is the one of the rung before.
    pub same_bls_code: &'static str,
    /// A rung paid from the data's pay rate: `{source}`, `{bls}`.
    pub pay_from: &'static str,
    /// No BLS median for a rung paid from a pay rate.
    pub none_published: &'static str,
    /// Experience a step asks first: `{months}`.
    pub after_experience: &'static str,
    /// A program's line: `{name}`, `{provider}`, `{months}`, `{cost}`, `{schedule}`.
    pub program_line: &'static str,
    /// The mark before a bridge program's line.
    pub bridge: &'static str,
    /// The end of a program's line for a paid program.
    pub paid_while_learning: &'static str,
    /// Pay while learning: `{first}`, `{last}`.
    pub pay_while_learning: &'static str,
    /// Funding that does not apply: `{name}`, `{covers}`, `{why}`.
    pub not_counted: &'static str,
    /// What funding without an amount covers.
    pub whole_cost: &'static str,
    /// Day, evening, weekend, online, in the order `Schedule` declares them.
    pub schedules: [&'static str; 4],
    /// Schedules as the end of a sentence, in the same order.
    pub schedule_phrases: [&'static str; 4],
    /// The word joining two schedules.
    pub and: &'static str,
    /// The word joining two names, either of which would do.
    pub or: &'static str,
    /// "Blocked by {what}: {why}."
    pub blocked: &'static str,
    /// The kinds of blocker, as `{what}`: time, cost, who may enroll, limits together, ladder length, the data.
    pub blocker_kinds: [&'static str; 6],
    /// Every route is too long: `{target}`, `{max}`, `{fastest}`.
    pub blocked_time: &'static str,
    /// Every route costs too much: `{target}`, `{max}`, `{cheapest}`.
    pub blocked_cost: &'static str,
    /// One limit blocks: `{target}`, `{reasons}`.
    pub blocked_one_limit: &'static str,
    /// Enrollment blocks: `{target}`, `{reasons}`.
    pub blocked_enrollment: &'static str,
    /// Limits together, none to blame: `{target}`.
    pub blocked_together_unnamed: &'static str,
    /// Limits together: `{target}`, `{reasons}`.
    pub blocked_together: &'static str,
    /// The ladder is too long: `{target}`, `{max}`.
    pub blocked_ladder: &'static str,
    /// No route at all: `{target}`.
    pub blocked_no_route: &'static str,
    /// The limits, in the order `LimitKind` declares them.
    pub limits: [&'static str; 5],
    /// A program and its provider: `{program}`, `{provider}`.
    pub program_at: &'static str,
    /// Why a program is ruled out: another region, daytime only, no time to
    /// earn, needs a car, takes only some people, takes only `{who}`; each with
    /// `{what}` and, where it applies, `{schedule}`.
    pub exclusions: [&'static str; 6],
    /// Who a condition asks for: only in words; employees of `{names}`; after
    /// `{months}` with `{worked}` worked; members of `{names}`; income-eligible;
    /// aged `{min}` to `{max}`; `{min}` or older; `{max}` or younger; some ages;
    /// high-school students; lived experience.
    pub unmet: [&'static str; 11],
}

/// English.
pub const EN: Words = Words {
    months: "{m} mo",
    month_one: "{m} mo",
    per_year: "{wage}/yr",
    wage_not_published: "wage not published",
    no_job_yet: "no job yet",
    no_route: "No route from {start} meets these limits.",
    heading_one: "Routes from {start}: 1 route, {best} not beaten on time, cost, wage and programs together",
    heading_many: "Routes from {start}: {count} routes, {best} not beaten on time, cost, wage and programs together",
    route_line: "{n}. {last}: {wage} · {months} · {cost} to you · {programs} · {paid} paid",
    program_one: "1 program",
    programs_many: "{n} programs",
    picks: ["fastest", "cheapest", "highest-wage", "most-paid"],
    beaten_by: "(beaten by route {n})",
    beyond_rung_limit: "Some ladders go on past {max} steps; routes are followed for at most {max} steps, so jobs higher up are not listed.",
    same_bls_code: "BLS publishes one wage for this job and the one before; ask the employer what the step pays",
    pay_from: "pay from {source}; BLS median {bls}",
    none_published: "none published",
    after_experience: "after {months} of experience",
    program_line: "{name} ({provider}): {months}, {cost} to you{paid}, {schedule}",
    bridge: "bridge: ",
    paid_while_learning: ", paid while learning",
    pay_while_learning: "pay while learning: {first}/yr rising to {last}/yr",
    not_counted: "not counted: {name} ({covers}) pays only for {why}",
    whole_cost: "the whole cost",
    schedules: ["day", "evening", "weekend", "online"],
    schedule_phrases: ["weekday daytimes", "evenings", "weekends", "online"],
    and: " and ",
    or: " or ",
    blocked: "Blocked by {what}: {why}.",
    blocker_kinds: ["the time limit", "the cost limit", "who may enroll", "these limits together", "ladder length", "the data"],
    blocked_time: "every route to {target} takes longer than {max} months; the fastest takes {fastest} months",
    blocked_cost: "every route to {target} costs more than {max}; the cheapest costs {cheapest} after funding",
    blocked_one_limit: "{target} can be reached without this limit, but {reasons}",
    blocked_enrollment: "{target} can be reached by programs that take only some people, but {reasons}",
    blocked_together_unnamed: "{target} can be reached without these limits; no single one of them is to blame",
    blocked_together: "{target} can be reached without these limits, but {reasons}",
    blocked_ladder: "{target} is more than {max} steps up from here, and routes are followed for at most {max} steps",
    blocked_no_route: "the data has no route from here to {target}, even without any limit",
    limits: ["evenings, weekends or online only", "the time limit", "the cost limit", "must keep earning", "no car"],
    program_at: "{program} at {provider}",
    exclusions: [
        "{what} is offered in another region",
        "{what} meets {schedule} only",
        "{what} is unpaid and meets {schedule} only, so it leaves no time to keep earning",
        "{what} meets in person and lists no transportation help",
        "{what} takes only some people",
        "{what} takes only {who}",
    ],
    unmet: [
        "people the data describes only in words, which cannot be checked",
        "employees of {names} (--employer)",
        "employees of {months} months or more; you have worked {worked} (--months-in-job)",
        "members of {names} (--union)",
        "people eligible for public workforce training funds: low income, unemployed or dislocated (--income-eligible)",
        "people aged {min} to {max} (--age)",
        "people aged {min} or older (--age)",
        "people aged {max} or younger (--age)",
        "people of some ages (--age)",
        "high-school students (--in-high-school)",
        "people with the lived experience the program asks for (--lived-experience)",
    ],
};

/// Spanish, written for a counselor and the person beside her: plain words, usted.
pub const ES: Words = Words {
    months: "{m} meses",
    month_one: "{m} mes",
    per_year: "{wage}/año",
    wage_not_published: "salario no publicado",
    no_job_yet: "cero (sin trabajo todavía)",
    no_route: "Ninguna ruta desde {start} cumple con estos límites.",
    heading_one: "Rutas desde {start}: 1 ruta, {best} que ninguna otra supera en tiempo, costo, salario y programas a la vez",
    heading_many: "Rutas desde {start}: {count} rutas, {best} que ninguna otra supera en tiempo, costo, salario y programas a la vez",
    route_line: "{n}. {last}: {wage} · {months} · {cost} para usted · {programs} · {paid} con pago",
    program_one: "1 programa",
    programs_many: "{n} programas",
    picks: ["más rápida", "más barata", "mejor salario", "más meses con pago"],
    beaten_by: "(la ruta {n} es mejor)",
    beyond_rung_limit: "Algunas escaleras siguen más allá de {max} pasos; las rutas se siguen hasta {max} pasos, así que los trabajos más altos no aparecen.",
    same_bls_code: "La BLS publica un solo salario para este trabajo y el anterior; pregunte al empleador cuánto paga este paso",
    pay_from: "pago según {source}; mediana de la BLS: {bls}",
    none_published: "no publicada",
    after_experience: "después de {months} de experiencia",
    program_line: "{name} ({provider}): {months}, {cost} para usted{paid}, {schedule}",
    bridge: "puente: ",
    paid_while_learning: ", con pago mientras aprende",
    pay_while_learning: "pago mientras aprende: {first}/año, que sube a {last}/año",
    not_counted: "no se cuenta: {name} ({covers}) solo cubre a {why}",
    whole_cost: "todo el costo",
    schedules: ["de día", "de noche", "fines de semana", "en línea"],
    schedule_phrases: ["de día entre semana", "en las noches", "los fines de semana", "en línea"],
    and: " y ",
    or: " o ",
    blocked: "Lo impide {what}: {why}.",
    blocker_kinds: [
        "el límite de tiempo",
        "el límite de costo",
        "quién puede inscribirse",
        "estos límites juntos",
        "el largo de la escalera",
        "los datos",
    ],
    blocked_time: "toda ruta a {target} dura más de {max} meses; la más rápida dura {fastest} meses",
    blocked_cost: "toda ruta a {target} cuesta más de {max}; la más barata cuesta {cheapest} después de la ayuda",
    blocked_one_limit: "se puede llegar a {target} sin este límite, pero {reasons}",
    blocked_enrollment: "se puede llegar a {target} con programas que aceptan solo a algunas personas, pero {reasons}",
    blocked_together_unnamed: "se puede llegar a {target} sin estos límites; ninguno por sí solo es la causa",
    blocked_together: "se puede llegar a {target} sin estos límites, pero {reasons}",
    blocked_ladder: "{target} está a más de {max} pasos de aquí, y las rutas se siguen hasta {max} pasos",
    blocked_no_route: "los datos no tienen ninguna ruta de aquí a {target}, ni siquiera sin límites",
    limits: [
        "solo noches, fines de semana o en línea",
        "el límite de tiempo",
        "el límite de costo",
        "necesita seguir ganando",
        "sin carro",
    ],
    program_at: "{program} en {provider}",
    exclusions: [
        "{what} se ofrece en otra región",
        "{what} tiene clases solo {schedule}",
        "{what} no paga y tiene clases solo {schedule}, así que no deja tiempo para seguir ganando dinero",
        "{what} es en persona y no ofrece ayuda con el transporte",
        "{what} acepta solo a algunas personas",
        "{what} acepta solo a {who}",
    ],
    unmet: [
        "personas que los datos describen solo con palabras, lo que no se puede comprobar",
        "quienes trabajan para {names} (--employer)",
        "empleados con {months} meses o más en el trabajo; usted lleva {worked} meses (--months-in-job)",
        "miembros de {names} (--union)",
        "personas que califican para fondos públicos de capacitación: bajos ingresos, sin empleo o desplazadas (--income-eligible)",
        "personas de {min} a {max} años (--age)",
        "personas de {min} años o más (--age)",
        "personas de {max} años o menos (--age)",
        "personas de ciertas edades (--age)",
        "estudiantes de escuela secundaria (--in-high-school)",
        "personas con la experiencia vivida que pide el programa (--lived-experience)",
    ],
};

/// The catalog of a language code, if the CLI speaks it.
pub fn for_language(code: &str) -> Option<&'static Words> {
    match code {
        "en" => Some(&EN),
        "es" => Some(&ES),
        _ => None,
    }
}
