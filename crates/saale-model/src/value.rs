use std::fmt;
use std::sync::Arc;

use crate::schema::FieldType;

/// One attribute value. Dates and times are kept as ISO 8601 strings.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// No value.
    Null,
    /// A boolean.
    Bool(bool),
    /// A 64-bit signed integer.
    Int(i64),
    /// A 64-bit float.
    Float(f64),
    /// Text (also dates, times and nested JSON, serialised). Shared, so that copying a value
    /// into many result rows (joins, nearest) does not copy the text.
    String(Arc<str>),
}

impl Value {
    /// The narrowest field type that holds this value, `None` for [`Value::Null`].
    #[must_use]
    pub fn field_type(&self) -> Option<FieldType> {
        match self {
            Value::Null => None,
            Value::Bool(_) => Some(FieldType::Bool),
            Value::Int(_) => Some(FieldType::Int),
            Value::Float(_) => Some(FieldType::Float),
            Value::String(_) => Some(FieldType::String),
        }
    }

    /// Convert the value to `ty` (after schema widening): ints widen to floats, anything to text.
    #[must_use]
    pub fn coerce(self, ty: FieldType) -> Value {
        match (self, ty) {
            (Value::Null, _) => Value::Null,
            (Value::Int(i), FieldType::Float) => {
                #[expect(clippy::cast_precision_loss, reason = "widening as GDAL does")]
                let f = i as f64;
                Value::Float(f)
            }
            (v @ Value::String(_), _) => v,
            (v, FieldType::String | FieldType::Date | FieldType::DateTime) => {
                Value::String(v.to_string().into())
            }
            (v, _) => v,
        }
    }

    /// The value as a float, if it is numeric.
    #[must_use]
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            #[expect(clippy::cast_precision_loss, reason = "numeric view of an integer")]
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// True for [`Value::Null`].
    #[must_use]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// A key for joins: integers and integral floats compare equal to their decimal text.
    #[must_use]
    pub fn join_key(&self) -> Option<String> {
        match self {
            Value::Null => None,
            #[expect(
                clippy::cast_possible_truncation,
                reason = "checked integral and in range"
            )]
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => {
                Some(format!("{}", *f as i64))
            }
            Value::String(s) => Some(s.trim().to_string()),
            v => Some(v.to_string()),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.into())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s.into())
    }
}

impl Value {
    /// The text of a [`Value::String`].
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => Ok(()),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::String(s) => f.write_str(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coerce_widens() {
        assert_eq!(Value::Int(3).coerce(FieldType::Float), Value::Float(3.0));
        assert_eq!(
            Value::Float(2.5).coerce(FieldType::String),
            Value::String("2.5".into())
        );
        assert_eq!(Value::Float(12.0).join_key().as_deref(), Some("12"));
        assert_eq!(
            Value::String(" 12 ".into()).join_key().as_deref(),
            Some("12")
        );
    }
}
