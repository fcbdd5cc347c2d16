//! A small JSON reader for the bundle the site loads. The site's WebAssembly
//! reads bundles with it instead of serde_json, whose generic readers for
//! every model type and general float parser made up a large share of the
//! module: this reader is one plain function over bytes, and a hand-written
//! mapping per type (in [`crate::bundle`]) takes the fields it needs.
//!
//! It accepts any JSON text. Numbers with at most 15 significant digits and
//! exponents within ±22 read exactly (every figure `pathways build` writes);
//! longer ones read to within a rounding step, which no figure shown needs.

/// A JSON value read from `'a` text. Objects keep their keys in the order
/// written. A string without escapes (nearly every one a bundle holds) is a
/// slice of the text rather than a copy: a state's bundle has hundreds of
/// thousands of keys and strings, and allocating and freeing each of them
/// was most of the time taken to read it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Num(f64),
    /// A string.
    Str(Cow<'a, str>),
    /// An array.
    List(Vec<Value<'a>>),
    /// An object, as (key, value) pairs.
    Obj(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl<'a> Value<'a> {
    /// The value of a key of an object; `None` for a missing key or a non-object.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Self::Obj(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Where and why the text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, in characters.
    pub column: usize,
    /// What was wrong there.
    pub message: &'static str,
}

use std::borrow::Cow;

/// Deeper nesting than any bundle has is refused rather than risking the stack.
const MAX_DEPTH: usize = 64;

/// Exact powers of ten as `f64` (10^22 is the largest that is exact).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

/// Reads one JSON value that fills the whole text (surrounding whitespace allowed).
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    let mut reader = Reader { text, bytes: text.as_bytes(), at: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("unexpected text after the end of the data"));
    }
    Ok(value)
}

impl<'a> Reader<'a> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let before = self.text.get(..self.at).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        SyntaxError { line, column, message }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn word(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, SyntaxError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("the data is nested too deeply"));
        }
        self.skip_space();
        match self.peek() {
            None => Err(self.error("the data ends too early")),
            Some(b'{') => {
                self.at += 1;
                let mut pairs = Vec::new();
                if self.eat(b'}') {
                    return Ok(Value::Obj(pairs));
                }
                loop {
                    self.skip_space();
                    if self.peek() != Some(b'"') {
                        return Err(self.error(if self.peek().is_none() {
                            "the data ends too early"
                        } else {
                            "expected a key in quotes"
                        }));
                    }
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return Err(self.error("expected `:` after a key"));
                    }
                    pairs.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Ok(Value::Obj(pairs));
                    }
                    if !self.eat(b',') {
                        return Err(self.error("expected `,` or `}`"));
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Ok(Value::List(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Ok(Value::List(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.error("expected `,` or `]`"));
                    }
                }
            }
            Some(b'"') => self.string().map(Value::Str),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn digits(&mut self, mantissa: &mut u64, scale: &mut i32, after_point: bool) -> usize {
        let start = self.at;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            if *mantissa < 100_000_000_000_000_000 {
                *mantissa = *mantissa * 10 + u64::from(d - b'0');
                if after_point {
                    *scale -= 1;
                }
            } else if !after_point {
                // Digits past what a u64 holds only scale the number.
                *scale += 1;
            }
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value<'a>, SyntaxError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let (mut mantissa, mut scale) = (0u64, 0i32);
        if self.digits(&mut mantissa, &mut scale, false) == 0 {
            return Err(self.error("expected a digit"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits(&mut mantissa, &mut scale, true) == 0 {
                return Err(self.error("expected a digit after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            let (mut exponent, mut ignored) = (0u64, 0i32);
            if self.digits(&mut exponent, &mut ignored, false) == 0 {
                return Err(self.error("expected a digit in the exponent"));
            }
            scale = scale.saturating_add(sign * i32::try_from(exponent.min(9999)).unwrap_or(9999));
        }
        // A mantissa below 2^53 and a power of ten up to 10^22 are both exact,
        // so one multiplication or division rounds once, to the nearest double.
        let m = mantissa as f64;
        let magnitude = match usize::try_from(scale.unsigned_abs()).ok().and_then(|s| POW10.get(s)) {
            Some(&p) if scale < 0 => m / p,
            Some(&p) => m * p,
            None if scale < 0 => m * 10f64.powi(scale.max(-400)),
            None => m * 10f64.powi(scale.min(400)),
        };
        Ok(Value::Num(if negative { -magnitude } else { magnitude }))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self.text.get(self.at..self.at + 4).ok_or_else(|| self.error("the data ends too early"))?;
        let code = u32::from_str_radix(digits, 16).map_err(|_| self.error("expected four hex digits after `\\u`"))?;
        self.at += 4;
        Ok(code)
    }

    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        // The opening quote.
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // Both ends sit on ASCII bytes, so the slice is whole characters.
            let run = self.text.get(start..self.at).unwrap_or_default();
            match self.peek() {
                None => return Err(self.error("the data ends inside a string")),
                // A string without escapes is the text itself.
                Some(b'"') if out.is_empty() => {
                    self.at += 1;
                    return Ok(Cow::Borrowed(run));
                }
                Some(b'"') => {
                    self.at += 1;
                    out.push_str(run);
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    out.push_str(run);
                    self.at += 1;
                    let escaped = self.peek().ok_or_else(|| self.error("the data ends inside a string"))?;
                    self.at += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) && self.bytes[self.at..].starts_with(b"\\u") {
                                self.at += 2;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(self.error("a \\u escape pairs a high surrogate with no low one"));
                                }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                            out.push(
                                char::from_u32(code).ok_or_else(|| self.error("a \\u escape names no character"))?,
                            );
                        }
                        _ => return Err(self.error("unknown escape in a string")),
                    }
                }
                Some(_) => return Err(self.error("a control character inside a string")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str) -> f64 {
        match parse(text) {
            Ok(Value::Num(x)) => x,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn reads_numbers_as_rust_does() {
        for text in
            ["0", "-0", "16.69", "34710.0", "0.1", "1.5", "-8060", "2080", "1e3", "2.5E-3", "123456789.125", "0.000001"]
        {
            assert_eq!(num(text), text.parse::<f64>().unwrap(), "{text}");
        }
        assert!((num("1.5e300") - 1.5e300).abs() / 1.5e300 < 1e-12);
        assert_eq!(num("123456789012345678901234567890"), 1.2345678901234568e29);
    }

    #[test]
    fn reads_strings_objects_and_arrays() {
        let v = parse(r#" {"a": [1, true, null, "x\"y\u00e9\ud83d\ude00\n"], "b": {}, "c": []} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Value::List(vec![Value::Num(1.0), Value::Bool(true), Value::Null, Value::Str("x\"yé😀\n".into())]))
        );
        assert_eq!(v.get("b"), Some(&Value::Obj(vec![])));
        assert_eq!(v.get("c"), Some(&Value::List(vec![])));
        assert_eq!(v.get("d"), None);
        assert_eq!(parse("\"café\"").unwrap(), Value::Str("café".into()));
        // A string without escapes is read in place, one with escapes is copied.
        assert!(matches!(parse("\"café\"").unwrap(), Value::Str(Cow::Borrowed("café"))));
        assert!(matches!(parse("\"a\\nb\"").unwrap(), Value::Str(Cow::Owned(s)) if s == "a\nb"));
    }

    #[test]
    fn locates_errors() {
        let e = parse("{\"a\": [1,\n  2,,]}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 5));
        for bad in [
            "",
            "{",
            "[1,",
            "{\"a\" 1}",
            "\"abc",
            "tru",
            "01x",
            "-",
            "1.",
            "1e",
            "\"\\x\"",
            "\"\\ud800\\u0041\"",
            "<!doctype html>",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should fail");
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert_eq!(parse(&deep).unwrap_err().message, "the data is nested too deeply");
    }
}
