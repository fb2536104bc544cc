"""Text from a solution or a user made inert before it is shown anywhere.

A solution's prints, exception messages, returned strings and file names can
hold terminal escapes (clear screen, OSC 52 clipboard writes, OSC 8 links, a
fake green "Accepted"), bidi overrides that reorder what a reader sees, or
megabytes of text. ``inert`` cuts the text first (so nothing downstream ever
lays out 40 MB) and then shows every such character as a visible escape.
The result is plain text: callers put it in ``rich.text.Text`` or print it
with ``markup=False``, never through rich's markup parser.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates (they
# cannot be encoded for a terminal), and the bidi and line-separator format
# characters that change how the rest of a line reads.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_ONE_LINE = re.compile(_UNSAFE.pattern[:-1] + "\n\t]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

DEFAULT_LIMIT = 2000


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def cut(text: str, limit: int = DEFAULT_LIMIT) -> str:
    """``text`` up to ``limit`` characters, then how many bytes were left out."""
    if len(text) <= limit:
        return text
    rest = len(text[limit:].encode("utf-8", errors="surrogatepass"))
    return f"{text[:limit]}… ({rest} more bytes)"


def inert(text: object, limit: int = DEFAULT_LIMIT, *, one_line: bool = False) -> str:
    """``text`` cut to ``limit`` characters, with control, bidi and surrogate
    characters shown as escapes (``\\x1b``, ``\\u202e``). ``one_line`` escapes
    newlines and tabs too, for a log line or a table cell."""
    if not isinstance(text, str):
        text = str(text)
    pattern = _UNSAFE_ONE_LINE if one_line else _UNSAFE
    return pattern.sub(_visible, cut(text, limit))


def inert_tail(text: str, limit: int = DEFAULT_LIMIT) -> str:
    """Like ``inert``, keeping the end (a traceback's last frames say the most)."""
    if len(text) <= limit:
        return inert(text, limit)
    skipped = len(text[:-limit].encode("utf-8", errors="surrogatepass"))
    return f"({skipped} earlier bytes cut) …" + inert(text[-limit:], limit)
