//! A pathway finding's parts: its kind (code and rule), its pointer, joined from its
//! parts rather than formatted, and its texts, as catalogue messages.

use crate::catalogue::Task;
use crate::model::{Finding, Severity, Text};

/// A kind of pathway finding: its code and the id of the rule that makes it.
#[derive(Clone, Copy)]
pub(super) struct Kind {
    pub(super) code: &'static str,
    pub(super) rule: &'static str,
}

/// The [`Kind`] with code `$code`, whose rule is `pathway/$code`.
macro_rules! kind {
    ($code:literal) => {
        $crate::pathway::text::Kind {
            code: $code,
            rule: concat!("pathway/", $code),
        }
    };
}

pub(super) use kind;

/// A pathway finding; its legal basis is that of the catalogue task `basis_of`, or none
/// for a finding about the plan's own consistency (dates, order).
pub(super) fn finding(
    kind: Kind,
    severity: Severity,
    pointer: String,
    message: Text,
    basis_of: Option<&Task>,
    help: Text,
) -> Finding {
    Finding {
        code: kind.code.into(),
        severity,
        pointer,
        message,
        rule: kind.rule.into(),
        basis: basis_of
            .map(|t| t.basis.iter().map(|b| b.to_string()).collect())
            .unwrap_or_default(),
        help: Some(help),
    }
}

/// The concatenation of `parts`, allocated once. The findings' pointers are built this
/// way rather than with `format!`: in WebAssembly the formatting machinery (a call
/// through a vtable per piece) costs about five times what it does natively, and
/// building the findings was the larger part of the pathway-level rules' cost there.
pub(super) fn join(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// The JSON pointer `/steps/<i><rest>`.
pub(super) fn step_pointer(i: usize, rest: &str) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = i;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    let number = std::str::from_utf8(&digits[at..]).unwrap_or_default();
    join(&["/steps/", number, rest])
}
