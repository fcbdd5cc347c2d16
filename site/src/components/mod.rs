//! The page's components, one per file. Each renders what the core computes;
//! none holds state of its own beyond what a person is typing or what their
//! last press did; saved plans live in the browser's local storage.

mod blocker_list;
mod compare_table;
mod explorer;
mod income_chart;
mod journey;
mod ladder_picture;
mod language_switch;
mod list_search;
mod load_error;
mod pathway_map;
mod print_plan;
mod region_picker;
mod route_list;
mod rung_detail;
mod save_plan_button;
mod saved_plan_list;
mod situation_form;
mod start_picker;

pub use blocker_list::BlockerList;
pub use compare_table::CompareTable;
pub use explorer::{map_loading, Explorer};
pub use income_chart::IncomeChart;
pub use journey::{journey, load as load_journey, Journey, PartUnavailable};
pub use ladder_picture::LadderPicture;
pub use language_switch::LanguageSwitch;
pub use list_search::{ListSearch, SEARCH_ABOVE};
pub use load_error::LoadError;
pub use pathway_map::{map_head, PathwayMap};
pub use print_plan::PrintPlan;
pub use region_picker::{RegionFocus, RegionPicker};
pub use route_list::RouteList;
pub use rung_detail::RungDetail;
pub use save_plan_button::SavePlanButton;
pub use saved_plan_list::SavedPlanList;
pub use situation_form::SituationForm;
pub use start_picker::StartPicker;
