//! Every string a person reads on the site, in one place, so a second language
//! can be added here without touching the components.

/// The site's strings in one language.
pub struct Strings {
    /// The page heading.
    pub title: &'static str,
    /// The line under the heading.
    pub tagline: &'static str,
    /// Shown while the data loads.
    pub loading: &'static str,
    /// Heading of the message shown when the data cannot be loaded.
    pub load_failed: &'static str,
    /// Advice under that message.
    pub load_failed_help: &'static str,
    /// Heading of the entry-role list.
    pub entry_roles: &'static str,
    /// Label for the median hourly wage.
    pub median_hourly: &'static str,
    /// Shown when an occupation has no wage figure.
    pub no_wage: &'static str,
    /// Credit for the O*NET data shown.
    pub onet_credit: &'static str,
    /// Credit for the wage data shown.
    pub wage_credit: &'static str,
    /// Shown where a region has no entry roles.
    pub no_entry_roles: &'static str,
}

/// English.
pub const EN: Strings = Strings {
    title: "Career pathway explorer",
    tagline: "Routes from the job you have to better-paid work: what each step takes, how long, what it costs, and what it pays.",
    loading: "Loading the pathway data…",
    load_failed: "The pathway data could not be loaded",
    load_failed_help: "Try reloading the page. If this keeps happening, tell the people who run this site: the data file may be missing or out of date.",
    entry_roles: "Jobs you can start without a credential",
    median_hourly: "median hourly wage",
    no_wage: "no wage figure published",
    onet_credit: "Occupation titles and descriptions: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.",
    wage_credit: "Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics.",
    no_entry_roles: "This region lists no entry roles yet.",
};

/// The strings for the page's language.
pub fn strings() -> &'static Strings {
    &EN
}
