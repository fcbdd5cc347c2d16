//! Money month by month on the committed data: every route of every start,
//! checked against what the timeline says it pays.

use pathway_authoring::check_files;
use pathway_model::PathwayGraph;
use pathway_routes::{monthly_income, report, Activity, RouteEngine, RouteQuery, FIVE_YEARS, MONTHS_AFTER_ROUTE};
use pathways_integration_tests::{read_yaml_dir, repo_root};

#[test]
fn every_route_pays_what_its_timeline_says() {
    let dataset = check_files(&read_yaml_dir(&repo_root().join("pathways"))).dataset.expect("clean");
    let engine = RouteEngine::new(PathwayGraph::build(dataset).expect("links up"));
    let graph = engine.graph();
    let (mut routes, mut unpaid_months, mut paid_back, mut behind_for_good) = (0, 0, 0, 0);
    for start in graph.occupations() {
        let query = RouteQuery { start: Some(graph.occupation(start).id.clone()), ..RouteQuery::default() };
        let set = engine.find_routes(&query).expect("valid query");
        for route in report(graph, &set) {
            let series = monthly_income(&route, set.start_wage);
            let end = route.rungs.last().expect("a rung").end_month;
            let today = set.start_wage.unwrap_or(0.0) / 12.0;
            assert_eq!(series.route.len(), ((end.ceil() as u32 + MONTHS_AFTER_ROUTE).max(FIVE_YEARS)) as usize);
            assert!(series.staying.iter().all(|&m| (m - today).abs() < 1e-9));
            // From the month the last rung is reached, the route pays its wage.
            if let Some(wage) = route.final_wage {
                assert!(series.route[end.round() as usize..].iter().all(|&m| (m - wage / 12.0).abs() < 1e-6));
            }
            // Months before a rung pays never pay more than it or the job before,
            // except a paid program's pay while learning.
            for p in &series.periods {
                if matches!(p.activity, Activity::LearningUnpaid(_)) {
                    assert_eq!((p.monthly, p.monthly_last), (0.0, 0.0));
                    unpaid_months += p.last - p.first + 1;
                }
            }
            // The periods cover every month once, in order.
            assert_eq!(series.periods.first().map(|p| p.first), Some(0));
            for pair in series.periods.windows(2) {
                assert_eq!(pair[0].last + 1, pair[1].first);
            }
            assert_eq!(series.periods.last().map(|p| p.last as usize + 1), Some(series.route.len()));
            // Costs fall due within the route, and add up to its cost.
            let costs: f64 = series.costs.iter().map(|(_, c, _)| c).sum();
            assert!((costs - route.cost).abs() < 0.01, "costs {costs} against {}", route.cost);
            assert!(series.costs.iter().all(|(due, _, _)| f64::from(*due) <= end));
            // The five-year difference is the sum of the first five years, costs off.
            let due_in_five: f64 = series.costs.iter().filter(|(due, _, _)| *due < FIVE_YEARS).map(|(_, c, _)| c).sum();
            let sum: f64 = (0..FIVE_YEARS as usize).map(|m| series.route[m] - series.staying[m]).sum();
            assert!((series.five_year_difference - (sum - due_in_five)).abs() < 0.01);
            // Payback: from that month on, never behind again.
            match series.payback_month {
                Some(m) => {
                    let mut ahead = 0.0;
                    for k in 0..series.route.len() {
                        ahead += series.route[k] - series.staying[k];
                        ahead -=
                            series.costs.iter().filter(|(d, _, _)| *d as usize == k).map(|(_, c, _)| c).sum::<f64>();
                        if k >= m as usize {
                            assert!(ahead > -0.01, "behind again in month {k} after payback in {m}");
                        }
                    }
                    paid_back += 1;
                }
                None => behind_for_good += 1,
            }
            routes += 1;
        }
    }
    assert!(routes > 200, "only {routes} routes");
    assert!(unpaid_months > 0, "no route has an unpaid month: the case is not exercised");
    assert!(paid_back > 0 && behind_for_good > 0, "paid back {paid_back}, never {behind_for_good}");
}
