"""A statement's three parts, marked in the markdown itself so a translation carries them.

A statement (statement.md, statement.<lang>.md) is read top to bottom as

    the question                 always shown
    <!-- judge: details -->      optional: the contract details (formats, tolerances, limits)
    ...                          shown, also in interview mode
    <!-- judge: spoilers -->     optional: how answers are judged, what the hidden cases hold,
    ...                          the named mistakes; withheld in interview mode until it ends

Each marker is an HTML comment alone on its line (markdown renderers show nothing for it), in
English in every language, so a translator copies the lines as they are. Each appears at most
once, details before spoilers, and a translation has exactly the markers its English statement
has. `judge validate` checks all of that (``marker_problems``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DETAILS = "details"
SPOILERS = "spoilers"
MARKERS = (DETAILS, SPOILERS)
# Any comment that looks like a judge marker, so a misspelt one is reported rather than ignored.
_MARKER = re.compile(r"^[ \t]*<!--\s*judge\s*:\s*(?P<name>[^>]*?)\s*-->[ \t]*$", re.MULTILINE | re.IGNORECASE)
# What in an English statement tells how it is judged or what the hidden cases hold.
_SPOILER_TEXT = re.compile(r"\*\*Judging\b|\bhidden (test )?cases?\b", re.IGNORECASE)
CONVENTION = (
    "mark the statement's parts with a line '<!-- judge: details -->' (optional, before the contract details) "
    "and a line '<!-- judge: spoilers -->' (before how answers are judged and what the hidden cases hold), "
    "each alone on its line, at most once, details first; a translation keeps the same marker lines"
)


@dataclass(frozen=True)
class Sections:
    question: str
    details: str = ""
    spoilers: str = ""

    def shown(self, *, interview: bool = False) -> str:
        """The markdown to show: everything, or without the spoilers in interview mode."""
        parts = [self.question, self.details] if interview else [self.question, self.details, self.spoilers]
        return "\n\n".join(part for part in parts if part.strip())


def markers(text: str) -> list[str]:
    """The marker names in ``text``, in order, as written (lower-cased)."""
    return [match.group("name").lower() for match in _MARKER.finditer(text)]


def split(text: str) -> Sections:
    """``text`` cut at its markers (a malformed one is left in place: validate reports it)."""
    parts: dict[str, str] = {}
    current, start = "question", 0
    for match in _MARKER.finditer(text):
        name = match.group("name").lower()
        if name not in MARKERS or name in parts or current == name:
            continue
        parts[current] = parts.get(current, "") + text[start : match.start()]
        current, start = name, match.end()
    parts[current] = parts.get(current, "") + text[start:]
    return Sections(parts.get("question", "").strip(), parts.get(DETAILS, "").strip(), parts.get(SPOILERS, "").strip())


def marker_problems(text: str, english: str | None = None) -> list[str]:
    """What is wrong with ``text``'s markers; ``english`` is the statement a translation must match."""
    found = markers(text)
    problems = [f"unknown marker '<!-- judge: {name} -->'" for name in found if name not in MARKERS]
    known = [name for name in found if name in MARKERS]
    for name in MARKERS:
        if known.count(name) > 1:
            problems.append(f"'<!-- judge: {name} -->' appears {known.count(name)} times")
    if known != sorted(known, key=MARKERS.index):
        problems.append("'<!-- judge: details -->' must come before '<!-- judge: spoilers -->'")
    if english is None:
        question_and_details = split(text)
        shown = question_and_details.question + "\n" + question_and_details.details
        leak = _SPOILER_TEXT.search(shown)
        if leak:
            line = shown[: leak.start()].count("\n") + 1
            problems.append(
                f"{leak.group(0)!r} (line {line} of the shown part) tells how answers are judged or what the hidden cases hold: "
                "put it below a '<!-- judge: spoilers -->' line"
            )
    else:
        want = [name for name in markers(english) if name in MARKERS]
        if known != want:
            problems.append(
                f"has the markers {known or 'none'}, its English statement has {want or 'none'}: copy the marker lines as they are"
            )
    return problems
