//! The investment projects of a scenario, edited in place. Each adds
//! capital × output per capital × months/12 to its sector's 2024 output;
//! every parameter is labelled as the user's assumption.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::number_field::{FieldKind, NumberField};
use super::select_field::SelectField;
use super::Data;
use crate::format::ReaderFormat as _;
use crate::format::ReaderPrefs;
use crate::i18n::strings;
use crate::model::projects::{
    Project, MAX_CAPITAL, MAX_NAME_CHARS, MAX_OUTPUT_PER_CAPITAL, MAX_PROJECTS,
};
use crate::state::{use_app, Action};

struct ProjectListProps {
    /// Bumped by resets and loads; keys the fields so they drop drafts.
    revision: u32,
    data: Data,
    projects: Vec<Project>,
    /// Months of 2024 already in ("2024 so far"): output counts after them.
    covered_months: u8,
    reader: ReaderPrefs,
    on_update: Callback<(usize, Project)>,
    on_add: Callback<()>,
    on_remove: Callback<usize>,
}

#[derive(Properties, PartialEq)]
pub struct ProjectsProps {
    pub projects: Vec<Project>,
    pub revision: u32,
    #[prop_or_default]
    pub covered_months: u8,
}

/// The list as a section: re-renders only when the projects, the revision
/// or the reader's preferences change.
#[component]
pub fn ProjectList(props: &ProjectsProps) -> Html {
    let app = use_app();
    view(&ProjectListProps {
        revision: props.revision,
        data: app.data,
        projects: props.projects.clone(),
        covered_months: props.covered_months,
        reader: app.reader,
        on_update: app.action(|(i, p)| Action::UpdateProject(i, p)),
        on_add: app.action(|()| Action::AddProject),
        on_remove: app.action(Action::RemoveProject),
    })
}

fn view(props: &ProjectListProps) -> Html {
    let t = strings(props.reader.lang);
    let rows = props
        .projects
        .iter()
        .enumerate()
        .map(|(i, project)| project_item(props, i, project));
    let on_add = props.on_add.clone();
    let full = props.projects.len() >= MAX_PROJECTS;
    html! {
        <section class="projects-editor" aria-labelledby="projects-editor-heading">
            <h3 id="projects-editor-heading">{ t.projects_editor_heading }</h3>
            <p class="hint">{ t.projects_formula(props.data.years()) }</p>
            <ul class="project-list">{ for rows }</ul>
            <button type="button" class="add" disabled={full} onclick={move |_| on_add.emit(())}>{ t.add_project }</button>
            <span class="hint" hidden={!full}>{ t.projects_full(MAX_PROJECTS) }</span>
        </section>
    }
}

/// A callback that sends project `i` back up as `apply` changed it, or
/// sends nothing when the input cannot be used.
fn edit_project<E: 'static>(
    props: &ProjectListProps,
    i: usize,
    project: &Project,
    apply: impl Fn(Project, E) -> Option<Project> + 'static,
) -> Callback<E> {
    let on_update = props.on_update.clone();
    let project = project.clone();
    Callback::from(move |e: E| {
        if let Some(p) = apply(project.clone(), e) {
            on_update.emit((i, p));
        }
    })
}

fn project_item(props: &ProjectListProps, i: usize, project: &Project) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let data = props.data;
    let name = t.project_name(&data, project);
    let on_toggle = edit_project(props, i, project, |p, e: Event| {
        let enabled = e.target_unchecked_into::<HtmlInputElement>().checked();
        Some(Project { enabled, ..p })
    });
    let on_name = edit_project(props, i, project, |p, e: InputEvent| {
        let name: String = e
            .target_unchecked_into::<HtmlInputElement>()
            .value()
            .chars()
            .take(MAX_NAME_CHARS)
            .collect();
        Some(Project { name, ..p })
    });
    let on_remove = {
        let on_remove = props.on_remove.clone();
        Callback::from(move |_| on_remove.emit(i))
    };
    let id = format!("project-{i}");
    let source_note = project
        .source
        .as_ref()
        .and_then(|id| data.projects.iter().find(|p| &p.id == id))
        .map(|named| {
            format!(
                "{} {}",
                t.project_from_article(&reader.money(named.capital), reader.unit_label()),
                named.note.get(lang)
            )
        });
    html! {
        <li class={if project.enabled { "project on" } else { "project" }} data-testid={id.clone()}>
            <div class="project-head">
                <label class="toggle">
                    <input type="checkbox" checked={project.enabled} onchange={on_toggle}
                           aria-label={t.include_project(&name)} />
                    <span>{ t.project_on }</span>
                </label>
                <input class="project-name" type="text" value={project.name.clone()} placeholder={name.clone()}
                       maxlength={MAX_NAME_CHARS.to_string()} aria-label={t.project_name_label} oninput={on_name} />
                <button type="button" class="remove" onclick={on_remove} aria-label={t.remove_project(&name)}>{ "✕" }</button>
            </div>
            { project_fields(props, i, project, &id, &name) }
            <p class="project-output" data-testid={format!("{id}-output")}>
                { t.project_output(&reader.signed_money(project.output_after(props.covered_months)), reader.unit_label(), project.months_after(props.covered_months), project.enabled, data.years()) }
            </p>
            <p class="assumption-note">{ t.assumptions_are_yours }{ source_note.map(|n| format!(" {n}")) }</p>
        </li>
    }
}

/// The project's parameters; `id` prefixes the inputs' ids and `name`
/// their labels.
fn project_fields(
    props: &ProjectListProps,
    i: usize,
    project: &Project,
    id: &str,
    name: &str,
) -> Html {
    let lang = props.reader.lang;
    let t = strings(lang);
    let on_sector = edit_project(props, i, project, |p, value: AttrValue| {
        value.parse().ok().map(|sector| Project { sector, ..p })
    });
    let on_month = edit_project(props, i, project, |p, value: AttrValue| {
        value
            .parse()
            .ok()
            .map(|first_month| Project { first_month, ..p })
    });
    let on_capital = edit_project(props, i, project, |p, capital| {
        Some(Project { capital, ..p })
    });
    let on_ratio = edit_project(props, i, project, |p, output_per_capital| {
        Some(Project {
            output_per_capital,
            ..p
        })
    });
    let sectors: Vec<(AttrValue, AttrValue)> = props
        .data
        .sectors
        .iter()
        .enumerate()
        .map(|(k, s)| {
            (
                k.to_string().into(),
                format!("{} ({})", s.name.get(lang), s.vsic).into(),
            )
        })
        .collect();
    let months: Vec<(AttrValue, AttrValue)> = (1..=12u8)
        .map(|m| (m.to_string().into(), t.month_name(m).into()))
        .collect();
    html! {
        <div class="project-fields">
            <label>
                <span>{ t.project_sector_label }</span>
                <SelectField options={sectors} value={project.sector.to_string()} on_change={on_sector} />
            </label>
            <div class="field">
                <span aria-hidden="true">{ format!("{} ({})", t.project_capital_label, t.unit_bn_vnd) }</span>
                <NumberField key={props.revision} id={format!("{id}-capital")} label={format!("{name} — {} ({})", t.project_capital_label, t.unit_bn_vnd)}
                    value={project.capital} kind={FieldKind::Bounded { min: 0.0, max: MAX_CAPITAL, decimals: 1 }}
                    {lang} on_change={on_capital} />
            </div>
            <div class="field">
                <span aria-hidden="true">{ t.project_ratio_label }</span>
                <NumberField key={props.revision} id={format!("{id}-ratio")} label={format!("{name} — {}", t.project_ratio_label)}
                    value={project.output_per_capital} kind={FieldKind::Bounded { min: 0.0, max: MAX_OUTPUT_PER_CAPITAL, decimals: 3 }}
                    {lang} on_change={on_ratio} />
            </div>
            <label>
                <span>{ t.project_month_label(props.data.years()) }</span>
                <SelectField options={months} value={project.first_month.to_string()} on_change={on_month} />
            </label>
        </div>
    }
}
