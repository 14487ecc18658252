//! Investment projects and uncertainty ranges.

use super::{fill, Strings};
use crate::model::projects::Project;
use crate::model::Dataset;
use crate::model::{Lang, Years};

impl Strings {
    pub fn projects_formula(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Mỗi dự án cộng vào ngành của nó: vốn × giá trị sản xuất trên mỗi đồng vốn × số tháng sản xuất năm {target} ÷ 12.",
                Lang::En => "Each project adds capital × output per unit of capital × months of output in {target} ÷ 12 to its sector.",
            },
            years,
        )
    }

    pub fn project_month_label(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tháng bắt đầu sản xuất năm {target}",
                Lang::En => "First month of output in {target}",
            },
            years,
        )
    }

    /// The name to show for a project: the user's, else the data's own
    /// name in this language, else "unnamed".
    pub fn project_name(&self, data: &Dataset, project: &Project) -> String {
        if !project.name.is_empty() {
            return project.name.clone();
        }
        project
            .source
            .as_ref()
            .and_then(|id| data.projects.iter().find(|p| &p.id == id))
            .map(|p| p.name.get(self.lang).to_owned())
            .unwrap_or_else(|| self.unnamed_project.to_owned())
    }

    /// Every project's display name, in list order (for exports).
    pub fn project_names(&self, data: &Dataset, projects: &[Project]) -> Vec<String> {
        projects
            .iter()
            .map(|p| self.project_name(data, p))
            .collect()
    }

    pub fn include_project(&self, name: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Tính {name} vào kịch bản"),
            Lang::En => format!("Include {name} in the scenario"),
        }
    }

    pub fn remove_project(&self, name: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Xóa {name}"),
            Lang::En => format!("Remove {name}"),
        }
    }

    pub fn project_output(
        &self,
        output: &str,
        unit: &str,
        months: u8,
        enabled: bool,
        years: Years,
    ) -> String {
        let target = years.target;
        match (self.lang, enabled) {
            (Lang::Vi, true) => {
                format!("Đóng góp năm {target}: {output} {unit} ({months} tháng sản xuất).")
            }
            (Lang::Vi, false) => {
                format!("Đang tắt: không tính vào kịch bản ({months} tháng sản xuất nếu bật).")
            }
            (Lang::En, true) => {
                format!("Adds {output} {unit} in {target} ({months} months of output).")
            }
            (Lang::En, false) => {
                format!("Switched off: not in the scenario ({months} months of output if on).")
            }
        }
    }

    pub fn project_from_article(&self, capital: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Bài báo chỉ nêu vốn: {capital} {unit}."),
            Lang::En => format!("The article gives only the capital: {capital} {unit}."),
        }
    }

    pub fn projects_full(&self, max: usize) -> String {
        match self.lang {
            Lang::Vi => format!("Tối đa {max} dự án."),
            Lang::En => format!("At most {max} projects."),
        }
    }

    pub fn projects_add(&self, total: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Các dự án đang bật đóng góp {total} {unit}."),
            Lang::En => format!("Active projects add {total} {unit}."),
        }
    }

    pub fn range_low_label(&self, sector: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector} — thấp hơn mức chọn, điểm %"),
            Lang::En => format!("{sector} — below the chosen growth, pp"),
        }
    }

    pub fn range_high_label(&self, sector: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector} — cao hơn mức chọn, điểm %"),
            Lang::En => format!("{sector} — above the chosen growth, pp"),
        }
    }
}
