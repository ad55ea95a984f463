//! The swimlane of a checked pathway: the HF above, the kommune below, each step a box in
//! the lane of the level planned to carry it, marked by its verdict in words and a
//! symbol (never by colour alone), handovers as arrows into the receiving lane and the
//! phases as bands behind them. Our own SVG, with a table of the steps under it (what a
//! screen reader reads and what prints) and the findings, each with its legal basis.
//!
//! The CLI writes the lanes as one self-contained page (`pathway check --format html`);
//! the workbench inserts the same fragment into its page. A [`Lane`] is plain data, so
//! the pipeline's workers can build it and the writer can put the page together.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Origin};
use crate::plugin::RegionInfo;
use crate::t;

use super::document::{AgeDoc, Doc, PhaseDoc};
use super::render::verdict_id;
use super::{Checked, Outcome};

/// The swimlane's stylesheet, for the CLI's page and the workbench.
pub const CSS: &str = include_str!("../../web/swimlane.css");

/// Most swimlanes drawn on one page; the pathways past it are checked and counted, not
/// drawn (a page of thousands of drawings helps nobody, and a browser chokes on it).
pub const MAX_LANES: usize = 100;

/// One pathway as the swimlane shows it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    pub file: String,
    pub line: usize,
    pub id: Option<String>,
    pub title: Option<String>,
    pub region: Option<String>,
    /// the kommune as the document names it
    pub kommune_input: Option<String>,
    /// today's kommune, number and name ("4601 Bergen")
    pub kommune: Option<String>,
    /// `None` when the pathway could not be read
    pub patient: Option<PatientSummary>,
    /// in time order: by date, a step without one after the step before it
    pub steps: Vec<LaneStep>,
    /// findings about the pathway as a whole (discharge information, children as
    /// pårørende, individuell plan and koordinator, the kommune, reading errors)
    pub findings: Vec<LaneFinding>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PatientSummary {
    pub diagnosis: Option<String>,
    /// child, adult or elderly
    pub age_group: Option<String>,
    pub minor_children: bool,
    pub long_term_needs: bool,
    pub expecting_child: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LaneStep {
    /// position in the document's `steps` (pointers say `/steps/{index}`)
    pub index: usize,
    pub id: String,
    pub task: String,
    /// the task's name in the region's catalogue
    pub task_name: Option<String>,
    /// hf or kommune
    pub planned: Option<String>,
    /// as `render::verdict_id`: ok, contributor, wrong-level, unknown-task, no-owner,
    /// not-covered, not-checked
    pub verdict: String,
    /// the owner the region's rules give (the lead of a shared task)
    pub owner: Option<String>,
    pub contributors: Vec<String>,
    pub clause: Option<String>,
    /// before, during or after
    pub phase: Option<String>,
    pub date: Option<String>,
    pub provider: Option<String>,
    pub handover: Option<LaneHandover>,
    pub findings: Vec<LaneFinding>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LaneHandover {
    /// hf or kommune
    pub to: String,
    pub information: bool,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LaneFinding {
    pub code: String,
    /// error, warning or info
    pub severity: String,
    pub message: String,
    pub help: Option<String>,
    pub pointer: String,
    pub line: usize,
    pub column: usize,
    /// the legal basis of a plugin's rule
    pub basis: Vec<String>,
}

impl LaneFinding {
    fn of(f: &Finding) -> Self {
        LaneFinding {
            code: f.code.clone(),
            severity: f.severity.as_str().to_string(),
            message: f.message.clone(),
            help: f.help.clone(),
            pointer: f.pointer.clone(),
            line: f.location.line,
            column: f.location.column,
            basis: match &f.origin {
                Origin::Plugin { basis, .. } => basis.clone(),
                _ => Vec::new(),
            },
        }
    }
}

/// Findings about the pathway as a whole, shown with it even when they point at the step
/// where the gap shows (the discharge information is missing before step 3).
const WHOLE_PATHWAY: &[&str] = &[
    "discharge-information-missing",
    "discharge-information-out-of-order",
    "children-not-addressed",
    "individuell-plan-missing",
    "individuell-plan-not-in-kommune",
    "koordinator-missing",
    "koordinator-not-in-kommune",
];

/// The step a pointer is in: `/steps/3/handover` is in step 3.
fn step_of(pointer: &str) -> Option<usize> {
    let rest = pointer.strip_prefix("/steps/")?;
    rest.split('/').next()?.parse().ok()
}

fn phase_id(p: PhaseDoc) -> &'static str {
    match p {
        PhaseDoc::Before => "before",
        PhaseDoc::During => "during",
        PhaseDoc::After => "after",
    }
}

fn age_id(a: AgeDoc) -> &'static str {
    match a {
        AgeDoc::Child => "child",
        AgeDoc::Adult => "adult",
        AgeDoc::Elderly => "elderly",
    }
}

impl Lane {
    /// The lane of one checked pathway. `text` is its source (empty for a line or file
    /// that could not be read), `checked` holds the rulings its steps refer to, `info`
    /// names the tasks.
    pub fn new(
        file: &str,
        o: &Outcome<'_>,
        text: &str,
        checked: &Checked<'_>,
        info: Option<&RegionInfo>,
    ) -> Lane {
        // The pipeline reads the typed document again only for the fields the verdicts
        // do not carry (dates, phases, providers, handovers); a document that failed the
        // schema has no steps to draw.
        let doc = serde_json::from_str::<Doc<'_>>(text)
            .ok()
            .filter(|d| d.conforms() && d.steps.len() == o.steps.len());
        let mut steps: Vec<LaneStep> = o
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let d = doc.as_ref().map(|d| &d.steps[i]);
                let ruling = s.ruling.map(|r| checked.ruling(r));
                LaneStep {
                    index: i,
                    id: s.id.to_string(),
                    task: s.task.to_string(),
                    task_name: info
                        .and_then(|info| info.tasks.iter().find(|t| t.id == *s.task))
                        .map(|t| t.name.clone()),
                    planned: s.planned.map(|l| l.id().to_string()),
                    verdict: verdict_id(s.verdict).to_string(),
                    owner: ruling.map(|r| r.owner.id().to_string()),
                    contributors: ruling
                        .map(|r| r.contributors.iter().map(|l| l.id().to_string()).collect())
                        .unwrap_or_default(),
                    clause: ruling.map(|r| r.clause.clone()).filter(|c| !c.is_empty()),
                    phase: d.and_then(|d| d.phase).map(|p| phase_id(p).to_string()),
                    date: d.and_then(|d| d.date.as_deref()).map(str::to_string),
                    provider: d.and_then(|d| d.provider.as_deref()).map(str::to_string),
                    handover: d.and_then(|d| d.handover.as_ref()).map(|h| LaneHandover {
                        to: h.to.level().id().to_string(),
                        information: h.information,
                        note: h.note.as_deref().map(str::to_string),
                    }),
                    findings: Vec::new(),
                }
            })
            .collect();
        let mut findings = Vec::new();
        for f in &o.findings {
            let lf = LaneFinding::of(f);
            let step = step_of(&f.pointer).filter(|_| !WHOLE_PATHWAY.contains(&f.code.as_str()));
            match step.and_then(|i| steps.get_mut(i)) {
                Some(s) => s.findings.push(lf),
                None => findings.push(lf),
            }
        }
        in_time_order(&mut steps);
        let kommune = o
            .kommune
            .and_then(|n| crate::kommune::register().by_number(n))
            .map(|k| format!("{} {}", k.number, k.name));
        Lane {
            file: file.to_string(),
            line: o.first_line,
            id: o.id.as_deref().map(str::to_string),
            title: doc
                .as_ref()
                .and_then(|d| d.title.as_deref())
                .map(str::to_string),
            region: o.region.as_deref().map(str::to_string),
            kommune_input: doc.as_ref().map(|d| d.kommune.to_string()),
            kommune,
            patient: doc.as_ref().map(|d| PatientSummary {
                diagnosis: d.patient.diagnosis.as_deref().map(str::to_string),
                age_group: d.patient.age_group.map(|a| age_id(a).to_string()),
                minor_children: d.patient.minor_children,
                long_term_needs: d.patient.long_term_needs,
                expecting_child: d.patient.expecting_child,
            }),
            steps,
            findings,
        }
    }

    /// Counts of the lane's findings (the steps' and the pathway's): errors, warnings,
    /// info.
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        let all = self
            .findings
            .iter()
            .chain(self.steps.iter().flat_map(|s| &s.findings));
        for f in all {
            match f.severity.as_str() {
                "error" => c.0 += 1,
                "warning" => c.1 += 1,
                _ => c.2 += 1,
            }
        }
        c
    }

    /// error, warning or ok: the worst finding.
    pub fn status(&self) -> &'static str {
        match self.counts() {
            (e, _, _) if e > 0 => "error",
            (_, w, _) if w > 0 => "warning",
            _ => "ok",
        }
    }
}

/// Sorts the steps by date, stably; a step without a date keeps its place after the
/// step before it (the document lists the steps in the order they happen).
fn in_time_order(steps: &mut Vec<LaneStep>) {
    let mut last = String::new();
    let mut keyed: Vec<(String, LaneStep)> = std::mem::take(steps)
        .into_iter()
        .map(|s| {
            if let Some(d) = &s.date {
                last.clone_from(d);
            }
            (last.clone(), s)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    steps.extend(keyed.into_iter().map(|(_, s)| s));
}

fn esc(s: &str) -> Cow<'_, str> {
    crate::escape::html(s)
}

/// At most `max` characters, the cut marked with an ellipsis (SVG text does not wrap;
/// the whole text is in the step's title and the table).
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// The symbol beside a verdict's word.
fn symbol(verdict: &str) -> &'static str {
    match verdict {
        "ok" => "✓",
        "contributor" => "◐",
        "wrong-level" => "✗",
        "unknown-task" => "?",
        "no-owner" => "!",
        "not-covered" => "○",
        _ => "–",
    }
}

fn verdict_word(verdict: &str) -> String {
    t!("output-pathway-verdict", verdict = verdict)
}

fn level_word(level: Option<&str>) -> String {
    match level {
        Some(l) => t!("web-forlop-level", level = l),
        None => t!("web-forlop-level-none"),
    }
}

fn severity_word(severity: &str) -> String {
    t!("output-severity", severity = severity)
}

// The drawing's measures, in SVG user units (pixels on screen).
const LABEL_W: usize = 124;
const COL_W: usize = 172;
const BOX_W: usize = 152;
const BOX_H: usize = 92;
const TOP: usize = 28;
const LANE_H: usize = 120;
const BOTTOM: usize = 30;
/// Characters that fit on a line of a box.
const BOX_CHARS: usize = 23;

fn col_x(c: usize) -> usize {
    LABEL_W + c * COL_W
}

fn lane_top(level: &str) -> usize {
    if level == "hf" { TOP } else { TOP + LANE_H }
}

/// The top of a step's box: in its lane, or across the line between the lanes when no
/// level is planned.
fn box_y(planned: Option<&str>) -> usize {
    match planned {
        Some(l) => lane_top(l) + (LANE_H - BOX_H) / 2,
        None => TOP + LANE_H - BOX_H / 2,
    }
}

/// The swimlane of `lane` as SVG; `n` makes its ids unique on the page.
pub fn svg(lane: &Lane, n: usize) -> String {
    let p = format!("lane-{n}");
    let count = lane.steps.len();
    let width = col_x(count) + 24;
    let height = TOP + 2 * LANE_H + BOTTOM;
    let mut s = String::with_capacity(2048 + count * 1024);
    let id = lane.id.as_deref().unwrap_or("?");
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"swimlane\" role=\"img\" \
         aria-labelledby=\"{p}-title {p}-desc\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\">\
         <title id=\"{p}-title\">{}</title><desc id=\"{p}-desc\">{}</desc>",
        esc(&t!("web-forlop-svg-title", id = id)),
        esc(&describe(lane)),
    );
    let _ = write!(
        s,
        "<defs><marker id=\"{p}-arrow\" class=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"9\" \
         refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">\
         <path d=\"M0 0L10 5L0 10z\"/></marker>\
         <marker id=\"{p}-arrow-missing\" class=\"arrowhead no-information\" viewBox=\"0 0 10 10\" \
         refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">\
         <path d=\"M0 0L10 5L0 10z\"/></marker></defs>"
    );
    // The lanes, then the phases over them (translucent), then the steps.
    for level in ["hf", "kommune"] {
        let y = lane_top(level);
        let _ = write!(
            s,
            "<rect class=\"lane lane-{level}\" x=\"0\" y=\"{y}\" width=\"{width}\" height=\"{LANE_H}\"/>\
             <text class=\"lane-label\" x=\"10\" y=\"{}\">{}</text>",
            y + LANE_H / 2 + 5,
            esc(&t!("web-forlop-lane", level = level)),
        );
    }
    let mut start = 0;
    while start < count {
        let phase = lane.steps[start].phase.as_deref();
        let end = (start..count)
            .find(|&j| lane.steps[j].phase.as_deref() != phase)
            .unwrap_or(count);
        if let Some(phase) = phase {
            let x = col_x(start);
            let w = (end - start) * COL_W;
            let _ = write!(
                s,
                "<rect class=\"phase phase-{phase}\" x=\"{x}\" y=\"0\" width=\"{w}\" height=\"{}\"/>\
                 <text class=\"phase-label\" x=\"{}\" y=\"18\">{}</text>",
                TOP + 2 * LANE_H,
                x + 8,
                esc(&t!("web-forlop-phase", phase = phase)),
            );
        }
        start = end;
    }
    let _ = write!(
        s,
        "<line class=\"lane-divider\" x1=\"0\" y1=\"{y}\" x2=\"{width}\" y2=\"{y}\"/>",
        y = TOP + LANE_H
    );
    for (c, step) in lane.steps.iter().enumerate() {
        draw_step(&mut s, &p, c, step);
    }
    s.push_str("</svg>");
    s
}

fn draw_step(s: &mut String, p: &str, c: usize, step: &LaneStep) {
    let x = col_x(c) + (COL_W - BOX_W) / 2;
    let y = box_y(step.planned.as_deref());
    let planned = step.planned.as_deref().unwrap_or("none");
    let _ = write!(
        s,
        "<g class=\"step verdict-{v} planned-{planned}\" data-step-id=\"{id}\" data-verdict=\"{v}\" \
         data-index=\"{index}\"><title>{title}</title>\
         <rect class=\"box\" x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{BOX_H}\" rx=\"6\"/>\
         <text class=\"verdict\" x=\"{tx}\" y=\"{y1}\">{sym} {word}</text>\
         <text class=\"step-id\" x=\"{tx}\" y=\"{y2}\">{sid}</text>\
         <text class=\"task\" x=\"{tx}\" y=\"{y3}\">{task}</text>",
        v = esc(&step.verdict),
        id = esc(&step.id),
        index = step.index,
        title = esc(&step_title(step)),
        tx = x + 8,
        y1 = y + 18,
        y2 = y + 36,
        y3 = y + 53,
        sym = symbol(&step.verdict),
        word = esc(&verdict_word(&step.verdict)),
        sid = esc(&cut(&step.id, BOX_CHARS)),
        task = esc(&cut(
            step.task_name.as_deref().unwrap_or(&step.task),
            BOX_CHARS
        )),
    );
    if let Some(provider) = &step.provider {
        let _ = write!(
            s,
            "<text class=\"provider\" x=\"{}\" y=\"{}\">{}</text>",
            x + 8,
            y + 69,
            esc(&cut(provider, BOX_CHARS)),
        );
    }
    if !step.findings.is_empty() {
        let _ = write!(
            s,
            "<text class=\"count\" x=\"{}\" y=\"{}\">⚑ {}</text>",
            x + 8,
            y + 85,
            esc(&t!(
                "web-forlop-findings-count",
                count = step.findings.len()
            )),
        );
    }
    if let Some(date) = &step.date {
        let _ = write!(
            s,
            "<text class=\"date mid\" x=\"{}\" y=\"{}\">{}</text>",
            x + BOX_W / 2,
            TOP + 2 * LANE_H + 20,
            esc(date),
        );
    }
    if let Some(h) = &step.handover {
        draw_handover(s, p, c, step, h, (x, y));
    }
    s.push_str("</g>");
}

/// The arrow of a handover: out of the box towards the receiving lane, ending where the
/// next step's column begins; dashed, with its words, when no information goes with it.
fn draw_handover(
    s: &mut String,
    p: &str,
    c: usize,
    step: &LaneStep,
    h: &LaneHandover,
    (x, y): (usize, usize),
) {
    let target = lane_top(&h.to) + LANE_H / 2;
    let end_x = col_x(c + 1) + (COL_W - BOX_W) / 2 - 2;
    let cx = x + BOX_W / 2;
    let (class, marker) = if h.information {
        ("handover", format!("{p}-arrow"))
    } else {
        ("handover no-information", format!("{p}-arrow-missing"))
    };
    let to = handover_to(h);
    let information = handover_information(h);
    if step.planned.as_deref().is_some_and(|l| l != h.to) {
        // Into the other lane, whose slot in this column is empty, then on to the next
        // column; the words beside the turn, on the side the line does not come from.
        let (from_y, text_y) = if h.to == "kommune" {
            (y + BOX_H, target + 18)
        } else {
            (y, target - 22)
        };
        let _ = write!(
            s,
            "<path class=\"{class}\" d=\"M{cx} {from_y}V{target}H{end_x}\" marker-end=\"url(#{marker})\"/>\
             <text class=\"handover-label mid {class}\" x=\"{cx}\" y=\"{text_y}\">{}</text>\
             <text class=\"handover-label mid {class}\" x=\"{cx}\" y=\"{}\">{}</text>",
            esc(&to),
            text_y + 14,
            esc(&information),
        );
    } else {
        // The same lane (or none planned): straight on to the next column, the words under
        // the box, where there is room for one line.
        let from_x = x + BOX_W;
        let from_y = y + BOX_H / 2;
        let words = if h.information { to } else { information };
        let _ = write!(
            s,
            "<path class=\"{class}\" d=\"M{from_x} {from_y}L{end_x} {target}\" marker-end=\"url(#{marker})\"/>\
             <text class=\"handover-label mid {class}\" x=\"{cx}\" y=\"{}\">{}</text>",
            y + BOX_H + 12,
            esc(&words),
        );
    }
}

fn handover_to(h: &LaneHandover) -> String {
    t!("web-forlop-handover-to", to = h.to.as_str())
}

fn handover_information(h: &LaneHandover) -> String {
    t!(
        "web-forlop-handover-information",
        information = if h.information { "yes" } else { "no" }
    )
}

/// The step in one sentence, for its `<title>` (a tooltip; the table says the same).
fn step_title(step: &LaneStep) -> String {
    let task = match &step.task_name {
        Some(name) => format!("{name} ({})", step.task),
        None => step.task.clone(),
    };
    t!(
        "web-forlop-step-title",
        step = step.id.as_str(),
        task = task,
        planned = level_word(step.planned.as_deref()),
        verdict = verdict_word(&step.verdict),
        findings = step.findings.len()
    )
}

/// What the drawing shows, for `<desc>`: how many steps in each lane, how many are not
/// in order, the handovers and those without information.
fn describe(lane: &Lane) -> String {
    let in_lane = |l: &str| {
        lane.steps
            .iter()
            .filter(|s| s.planned.as_deref() == Some(l))
            .count()
    };
    let flagged = lane
        .steps
        .iter()
        .filter(|s| !matches!(s.verdict.as_str(), "ok" | "contributor"))
        .count();
    let handovers: Vec<&LaneHandover> = lane
        .steps
        .iter()
        .filter_map(|s| s.handover.as_ref())
        .collect();
    t!(
        "web-forlop-svg-desc",
        steps = lane.steps.len(),
        hf = in_lane("hf"),
        kommune = in_lane("kommune"),
        none = lane.steps.iter().filter(|s| s.planned.is_none()).count(),
        flagged = flagged,
        handovers = handovers.len(),
        missing = handovers.iter().filter(|h| !h.information).count()
    )
}

/// The lanes as part of a page: a list of the pathways when there are several, then
/// each pathway's heading, facts, swimlane, steps and findings. Headings start at `h2`.
pub fn fragment(lanes: &[Lane]) -> String {
    let mut out = String::new();
    if lanes.len() > 1 {
        let _ = write!(
            out,
            "<nav class=\"lane-list\" aria-label=\"{}\"><ol>",
            esc(&t!("web-forlop-lane-list"))
        );
        for (n, lane) in lanes.iter().enumerate() {
            let _ = write!(
                out,
                "<li><a href=\"#lane-{n}\">{}</a> <span class=\"status-{s}\">{}</span></li>",
                esc(&heading(lane)),
                esc(&status_line(lane)),
                s = lane.status(),
            );
        }
        out.push_str("</ol></nav>\n");
    }
    for (n, lane) in lanes.iter().enumerate() {
        section(&mut out, n, lane);
    }
    out
}

fn heading(lane: &Lane) -> String {
    match &lane.id {
        Some(id) => t!("web-forlop-lane-heading", id = id),
        None => t!(
            "web-forlop-lane-heading-unread",
            file = lane.file.as_str(),
            line = lane.line
        ),
    }
}

fn status_line(lane: &Lane) -> String {
    let (errors, warnings, infos) = lane.counts();
    t!(
        "web-forlop-status",
        status = lane.status(),
        errors = errors,
        warnings = warnings,
        infos = infos
    )
}

fn patient_text(p: &PatientSummary) -> String {
    let mut parts = Vec::new();
    if let Some(d) = &p.diagnosis {
        parts.push(t!("web-forlop-diagnosis", diagnosis = d));
    }
    if let Some(a) = &p.age_group {
        parts.push(t!("web-forlop-age", age = a));
    }
    if p.minor_children {
        parts.push(t!("web-forlop-minor-children"));
    }
    if p.long_term_needs {
        parts.push(t!("web-forlop-long-term-needs"));
    }
    if p.expecting_child {
        parts.push(t!("web-forlop-expecting-child"));
    }
    if parts.is_empty() {
        t!("web-forlop-patient-nothing")
    } else {
        parts.join(", ")
    }
}

fn section(out: &mut String, n: usize, lane: &Lane) {
    let status = lane.status();
    let _ = write!(
        out,
        "<section class=\"pathway status-{status}\" id=\"lane-{n}\" aria-labelledby=\"lane-{n}-h\">\
         <h2 id=\"lane-{n}-h\">{}</h2>",
        esc(&heading(lane))
    );
    if let Some(title) = &lane.title {
        let _ = write!(out, "<p class=\"pathway-title\">{}</p>", esc(title));
    }
    let _ = write!(
        out,
        "<p class=\"pathway-status status-{status}\"><strong>{} {}</strong></p>",
        match status {
            "error" => "✗",
            "warning" => "!",
            _ => "✓",
        },
        esc(&status_line(lane))
    );
    out.push_str("<dl class=\"facts\">");
    let mut fact = |label: String, value: &str| {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(&label), esc(value));
    };
    if let Some(region) = &lane.region {
        fact(t!("web-forlop-fact-region"), region);
    }
    match (&lane.kommune, &lane.kommune_input) {
        (Some(k), Some(input)) if !k.starts_with(input.as_str()) => fact(
            t!("web-forlop-fact-kommune"),
            &t!("web-forlop-kommune-as-written", kommune = k, input = input),
        ),
        (Some(k), _) => fact(t!("web-forlop-fact-kommune"), k),
        (None, Some(input)) => fact(t!("web-forlop-fact-kommune"), input),
        (None, None) => {}
    }
    if let Some(p) = &lane.patient {
        fact(t!("web-forlop-fact-patient"), &patient_text(p));
    }
    fact(
        t!("web-forlop-fact-file"),
        &format!("{}:{}", lane.file, lane.line),
    );
    out.push_str("</dl>");

    if lane.steps.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&t!("web-forlop-not-drawn")));
    } else {
        let _ = write!(
            out,
            "<div class=\"swimlane-scroll\" tabindex=\"0\" role=\"group\" aria-label=\"{}\">{}</div>",
            esc(&t!(
                "web-forlop-svg-scroll",
                id = lane.id.as_deref().unwrap_or("?")
            )),
            svg(lane, n)
        );
        steps_table(out, n, lane);
    }

    let _ = write!(out, "<h3>{}</h3>", esc(&t!("web-forlop-pathway-findings")));
    findings_list(
        out,
        lane.findings.iter().map(|f| {
            let step = step_of(&f.pointer)
                .and_then(|i| lane.steps.iter().find(|s| s.index == i))
                .map(|s| s.id.as_str());
            (step, f)
        }),
    );
    if !lane.steps.is_empty() {
        let _ = write!(out, "<h3>{}</h3>", esc(&t!("web-forlop-step-findings")));
        findings_list(
            out,
            lane.steps
                .iter()
                .flat_map(|s| s.findings.iter().map(move |f| (Some(s.id.as_str()), f))),
        );
    }
    out.push_str("</section>\n");
}

fn steps_table(out: &mut String, n: usize, lane: &Lane) {
    let _ = write!(
        out,
        "<div class=\"table-wrap\"><table class=\"steps\" id=\"lane-{n}-steps\"><caption>{}</caption><thead><tr>",
        esc(&t!(
            "web-forlop-table-caption",
            id = lane.id.as_deref().unwrap_or("?")
        ))
    );
    for h in [
        t!("web-forlop-head-date"),
        t!("web-forlop-head-phase"),
        t!("web-forlop-head-step"),
        t!("web-forlop-head-task"),
        t!("web-forlop-head-planned"),
        t!("web-forlop-head-owner"),
        t!("web-forlop-head-verdict"),
        t!("web-forlop-head-provider"),
        t!("web-forlop-head-handover"),
        t!("web-forlop-head-findings"),
    ] {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(&h));
    }
    out.push_str("</tr></thead><tbody>");
    for step in &lane.steps {
        let owner = match step.owner.as_deref() {
            Some(o) if step.contributors.is_empty() => t!("web-forlop-level", level = o),
            Some(o) => {
                let c: Vec<String> = step
                    .contributors
                    .iter()
                    .map(|l| t!("web-forlop-level", level = l))
                    .collect();
                t!(
                    "web-forlop-owner-lead",
                    owner = t!("web-forlop-level", level = o),
                    contributors = c.join(", ")
                )
            }
            None => t!("web-forlop-level-none"),
        };
        let _ = write!(
            out,
            "<tr class=\"verdict-{v}\" data-step-id=\"{id}\" data-verdict=\"{v}\">\
             <td class=\"date\">{date}</td><td>{phase}</td><th scope=\"row\"><code>{id}</code></th>\
             <td>{task}</td><td>{planned}</td><td>{owner}{clause}</td>\
             <td class=\"verdict\">{sym} {word}</td><td>{provider}</td>",
            v = esc(&step.verdict),
            id = esc(&step.id),
            date = esc(step.date.as_deref().unwrap_or("–")),
            phase = esc(&match &step.phase {
                Some(p) => t!("web-forlop-phase", phase = p.as_str()),
                None => "–".to_string(),
            }),
            task = match &step.task_name {
                Some(name) => format!("{} <code>{}</code>", esc(name), esc(&step.task)),
                None => format!("<code>{}</code>", esc(&step.task)),
            },
            planned = esc(&level_word(step.planned.as_deref())),
            owner = esc(&owner),
            clause = match &step.clause {
                Some(c) => format!("<br><span class=\"clause\">{}</span>", esc(c)),
                None => String::new(),
            },
            sym = symbol(&step.verdict),
            word = esc(&verdict_word(&step.verdict)),
            provider = esc(step.provider.as_deref().unwrap_or("–")),
        );
        match &step.handover {
            Some(h) => {
                let class = if h.information {
                    ""
                } else {
                    " class=\"no-information\""
                };
                let _ = write!(
                    out,
                    "<td{class}>{}, {}{}</td>",
                    esc(&handover_to(h)),
                    esc(&handover_information(h)),
                    match &h.note {
                        Some(note) => format!("<br><span class=\"note\">{}</span>", esc(note)),
                        None => String::new(),
                    }
                );
            }
            None => out.push_str("<td>–</td>"),
        }
        if step.findings.is_empty() {
            out.push_str("<td>–</td>");
        } else {
            out.push_str("<td><ul class=\"codes\">");
            for f in &step.findings {
                let _ = write!(
                    out,
                    "<li class=\"{s}\">{} <code>{}</code></li>",
                    esc(&severity_word(&f.severity)),
                    esc(&f.code),
                    s = esc(&f.severity),
                );
            }
            out.push_str("</ul></td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

fn findings_list<'a>(
    out: &mut String,
    findings: impl Iterator<Item = (Option<&'a str>, &'a LaneFinding)>,
) {
    let mut any = false;
    for (step, f) in findings {
        if !any {
            out.push_str("<ul class=\"findings\">");
            any = true;
        }
        let _ = write!(
            out,
            "<li class=\"finding {s}\" data-code=\"{code}\" data-pointer=\"{pointer}\">\
             <span class=\"severity\">{word}</span> <code>{code}</code> {message}",
            s = esc(&f.severity),
            code = esc(&f.code),
            pointer = esc(&f.pointer),
            word = esc(&severity_word(&f.severity)),
            message = esc(&f.message),
        );
        if let Some(help) = &f.help {
            let _ = write!(
                out,
                "<span class=\"help\">{}</span>",
                esc(&t!("web-forlop-help", help = help))
            );
        }
        if !f.basis.is_empty() {
            let _ = write!(
                out,
                "<span class=\"basis\">{}</span>",
                esc(&t!("web-forlop-basis", basis = f.basis.join("; ")))
            );
        }
        let pointer = if f.pointer.is_empty() {
            "/"
        } else {
            f.pointer.as_str()
        };
        let place = match step {
            Some(step) => t!(
                "web-forlop-where-step",
                step = step,
                pointer = pointer,
                line = f.line,
                column = f.column
            ),
            None => t!(
                "web-forlop-where",
                pointer = pointer,
                line = f.line,
                column = f.column
            ),
        };
        let _ = write!(out, "<span class=\"where\">{}</span></li>", esc(&place));
    }
    if any {
        out.push_str("</ul>");
    } else {
        let _ = write!(
            out,
            "<p class=\"none\">{}</p>",
            esc(&t!("web-forlop-no-findings"))
        );
    }
}

/// The writer a run with `Style::Swimlane` writes to: it keeps the first `max` lanes, in
/// input order, and lets the rest go.
pub struct Collector {
    max: usize,
    pub lanes: Vec<Lane>,
    line: Vec<u8>,
}

impl Collector {
    pub fn new(max: usize) -> Self {
        Collector {
            max,
            lanes: Vec::new(),
            line: Vec::new(),
        }
    }
}

impl std::io::Write for Collector {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for part in buf.split_inclusive(|&b| b == b'\n') {
            if self.lanes.len() >= self.max {
                break;
            }
            self.line.extend_from_slice(part);
            if part.ends_with(b"\n") {
                let lane = serde_json::from_slice(&self.line).map_err(std::io::Error::other)?;
                self.lanes.push(lane);
                self.line.clear();
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One self-contained page of swimlanes: the stylesheet inline, no script, A4 landscape
/// in print. `summary` is the run's counts; `left_out` the pathways checked but not
/// drawn (past [`MAX_LANES`]).
pub fn page(lanes: &[Lane], summary: &str, left_out: u64) -> String {
    let title = t!("web-forlop-page-title");
    let mut out = String::with_capacity(CSS.len() + 8192 * lanes.len().max(1));
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n\
         <body class=\"swimlane-page\">\n<main>\n<h1>{title}</h1>\n<p class=\"summary\">{summary}</p>\n",
        lang = crate::i18n::current().id(),
        title = esc(&title),
        summary = esc(summary),
    );
    if left_out > 0 {
        let _ = writeln!(
            out,
            "<p class=\"left-out\">{}</p>",
            esc(&t!(
                "web-forlop-left-out",
                count = left_out,
                max = MAX_LANES
            ))
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"legend\">{}</p>",
        esc(&t!("web-forlop-legend"))
    );
    out.push_str(&fragment(lanes));
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pathway::document::Source;
    use crate::pathway::{Options, check};

    use crate::pathway::test_setup as setup;

    /// The lane of a fixture under tests/fixtures/pathways/, checked with the embedded
    /// plugin.
    fn lane_of(text: &str) -> Lane {
        let (host, regions) = setup();
        let source = Source {
            text,
            first_line: 1,
            offset: 0,
        };
        let checked = check(host, regions, &[source], Options::default());
        let o = &checked.outcomes[0];
        let info = regions.loaded.first().map(|r| &r.info);
        Lane::new("x.json", o, text, &checked, info)
    }

    fn fixture(name: &str) -> String {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap();
        std::fs::read_to_string(root.join("tests/fixtures/pathways").join(name)).unwrap()
    }

    #[test]
    fn a_wrong_level_step_is_marked_in_its_planned_lane_with_words() {
        let lane = lane_of(&fixture("wrong-level.json"));
        assert_eq!(lane.steps.len(), 7);
        let s = lane.steps.iter().find(|s| s.id == "utskrivning").unwrap();
        assert_eq!(s.verdict, "wrong-level");
        assert_eq!(s.planned.as_deref(), Some("kommune"));
        assert_eq!(s.owner.as_deref(), Some("hf"));
        assert!(s.findings.iter().any(|f| f.code == "wrong-level"));
        assert!(s.findings.iter().all(|f| f.pointer.starts_with("/steps/3")));
        let svg = svg(&lane, 0);
        assert!(svg.contains(
            "<g class=\"step verdict-wrong-level planned-kommune\" data-step-id=\"utskrivning\" \
             data-verdict=\"wrong-level\""
        ));
        assert!(svg.contains("✗ "), "{svg}");
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title id=\"lane-0-title\">"));
        assert!(svg.contains("<desc id=\"lane-0-desc\">"));
        assert_eq!(svg.matches("<g class=\"step").count(), 7);
        assert_eq!(svg.matches("<title>").count(), 7);
    }

    #[test]
    fn a_handover_without_information_is_dashed_and_says_so() {
        let lane = lane_of(&fixture("discharge-missing.json"));
        let s = lane.steps.iter().find(|s| s.id == "inhalasjon").unwrap();
        let h = s.handover.as_ref().unwrap();
        assert!(!h.information);
        assert!(
            s.findings
                .iter()
                .any(|f| f.code == "handover-without-information")
        );
        // The discharge information is about the whole pathway, though it points at the
        // step before which it is missing.
        let f = lane
            .findings
            .iter()
            .find(|f| f.code == "discharge-information-missing")
            .unwrap();
        assert_eq!(f.pointer, "/steps/3");
        let html = fragment(std::slice::from_ref(&lane));
        assert!(html.contains("data-code=\"discharge-information-missing\""));
        let svg = svg(&lane, 3);
        assert!(svg.contains("class=\"handover no-information\""));
        assert!(svg.contains("marker-end=\"url(#lane-3-arrow-missing)\""));
    }

    #[test]
    fn steps_are_in_date_order_and_undated_steps_keep_their_place() {
        let step = |id: &str, date: Option<&str>| LaneStep {
            id: id.into(),
            date: date.map(str::to_string),
            ..LaneStep::default()
        };
        let mut steps = vec![
            step("a", Some("2026-03-01")),
            step("b", None),
            step("c", Some("2026-01-01")),
            step("d", Some("2026-03-01")),
        ];
        in_time_order(&mut steps);
        let ids: Vec<&str> = steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["c", "a", "b", "d"]);
    }

    #[test]
    fn text_from_the_document_is_escaped_and_nothing_is_styled_inline() {
        let lane = Lane {
            id: Some("p<1>".into()),
            title: Some("<script>alert(1)</script>".into()),
            patient: Some(PatientSummary::default()),
            steps: vec![LaneStep {
                id: "s\"1".into(),
                task: "x&y".into(),
                provider: Some("<img src=x onerror=alert(1)>".into()),
                verdict: "unknown-task".into(),
                handover: Some(LaneHandover {
                    to: "hf".into(),
                    information: true,
                    note: Some("</td><script>".into()),
                }),
                ..LaneStep::default()
            }],
            ..Lane::default()
        };
        let html = page(&[lane.clone(), lane], "summary", 3);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("style=\""), "{html}");
        // An event attribute would be ` on…=` inside a tag; escaped text may say anything.
        let events = html.split('<').skip(1).any(|tag| {
            let tag = tag.split('>').next().unwrap_or("");
            tag.match_indices(" on").any(|(i, _)| {
                let rest = &tag[i + 3..];
                let name = rest.len()
                    - rest
                        .trim_start_matches(|c: char| c.is_ascii_lowercase())
                        .len();
                name > 0 && rest[name..].starts_with('=')
            })
        });
        assert!(!events, "no event attributes: {html}");
        assert!(html.contains("data-step-id=\"s&quot;1\""));
        assert!(html.contains("id=\"lane-0\"") && html.contains("id=\"lane-1\""));
        assert!(html.contains("href=\"#lane-1\""));
    }

    #[test]
    fn the_page_is_self_contained() {
        let lane = lane_of(&fixture("wrong-level.json"));
        let html = page(&[lane], "checked 1 pathway", 0);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<style>"));
        assert!(html.contains("@page"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("<link"));
        assert!(!html.contains("src="));
        assert!(!html.contains("href=\"http"));
    }

    #[test]
    fn an_unreadable_pathway_shows_its_findings_and_no_drawing() {
        let lane = lane_of("{\"id\": \"x\", \"steps\": 3}");
        assert!(lane.steps.is_empty());
        assert!(lane.patient.is_none());
        assert!(!lane.findings.is_empty());
        let html = fragment(&[lane]);
        assert!(!html.contains("<svg"));
        assert!(html.contains("class=\"finding error\""));
    }

    #[test]
    fn the_collector_keeps_the_first_lanes_across_split_writes() {
        use std::io::Write as _;
        let lane = |id: &str| Lane {
            id: Some(id.into()),
            ..Lane::default()
        };
        let mut text = Vec::new();
        for id in ["a", "b", "c"] {
            serde_json::to_writer(&mut text, &lane(id)).unwrap();
            text.push(b'\n');
        }
        let mut c = Collector::new(2);
        let (first, rest) = text.split_at(7);
        c.write_all(first).unwrap();
        c.write_all(rest).unwrap();
        let ids: Vec<_> = c.lanes.iter().map(|l| l.id.as_deref().unwrap()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn lanes_go_through_json_unchanged() {
        let lane = lane_of(&fixture("wrong-level.json"));
        let text = serde_json::to_string(&lane).unwrap();
        let back: Lane = serde_json::from_str(&text).unwrap();
        assert_eq!(back, lane);
    }
}
