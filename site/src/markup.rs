//! Parts of the page that show what the core computed, written as escaped
//! HTML text and set in one go: the income chart and its table, the ladder
//! picture, the printed plan, and the route list (whose controls are
//! answered by one handler on the list). Each element drawn by the view
//! macros brings its own rendering code into the WebAssembly and costs a
//! call into the browser for every element and attribute; text brings none,
//! which keeps the first load within its budget and a thousand-job region's
//! redraw short (BENCHMARKS.md has the figures).
//!
//! Tag and attribute names come from this crate's code only; every value and
//! every text is escaped, so text from the data is shown as written, never
//! read as markup.

/// HTML written element by element.
#[derive(Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    /// Opens `tag` with its attributes; values are escaped.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(value, &mut self.out);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(text, &mut self.out);
        self
    }

    /// Closes `tag`.
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// An element holding only text.
    pub fn leaf(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// The HTML written.
    pub fn finish(self) -> String {
        self.out
    }
}

/// `text` with the five characters that could start markup or end an
/// attribute written as character references.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_values_from_the_data_never_become_markup() {
        let mut m = Markup::default();
        m.open("p", &[("title", "\"><script>alert(1)</script>")])
            .text("<img src=x onerror=alert(1)> & 'quotes'")
            .close("p");
        assert_eq!(
            m.finish(),
            "<p title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quotes&#39;</p>"
        );
    }
}
