"""YAML with line numbers: load a file and say on which line any part of it sits.

Pydantic reports locations like ("figures", 2, "sources"); a facilitator needs "line 41".
PyYAML's composed node tree keeps a mark for every key and value, so the loader parses
twice (data for validation, nodes for lines) and walks the nodes along the location.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from firstpost.core.content.problems import Problem

Loc = tuple[str | int, ...]

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, except that an impossible date (2014-13-01) stays as text.

    PyYAML raises a bare ValueError with no line for those; kept as text, the value
    reaches the model, which reports it against the right field and line.
    """

    def construct_yaml_timestamp(self, node: ScalarNode) -> object:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


@dataclass(frozen=True)
class YamlDoc:
    """Parsed YAML plus what is needed to turn a location inside it into a file line.

    `first_line` is the file line holding the YAML's first line: 1 for a .yaml file,
    2 for episode front matter, the line after the opening fence for a quiz block.
    """

    file: str
    data: Any
    node: Node | None
    first_line: int = 1

    def line(self, loc: Sequence[str | int] = ()) -> int:
        """The file line of the deepest part of `loc` that exists in the document."""
        if self.node is None:
            return self.first_line
        return self.first_line + node_line(self.node, loc)

    def problem(self, loc: Sequence[str | int], message: str) -> Problem:
        return Problem(self.file, self.line(loc), message)


def node_line(node: Node, loc: Sequence[str | int]) -> int:
    """0-based line of the key or item `loc` points at, or of the nearest existing parent.

    A mapping step lands on the key's line (the line to edit for a wrong or extra key);
    a missing key stops at the parent's key, which is where the field should be added.
    """
    line = node.start_mark.line
    current: Node = node
    for part in loc:
        if part == "[key]":  # pydantic's marker for "the key itself was invalid"
            break
        if isinstance(current, MappingNode):
            found = _mapping_value(current, part)
            if found is None:
                break
            key, current = found
            line = key.start_mark.line
        elif isinstance(current, SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(current.value):
                break
            current = current.value[part]
            line = current.start_mark.line
        else:
            break
    return line


def _mapping_value(node: MappingNode, part: str | int) -> tuple[Node, Node] | None:
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.value == str(part):
            return key, value
    return None


def load_yaml(
    text: str, file: str, *, first_line: int = 1, top_label: str = "key"
) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse YAML safely; report syntax errors and duplicate keys with their lines.

    Returns no document when the text cannot be parsed at all. Duplicate keys are
    reported but do not stop loading (YAML keeps the last one), so later checks still run.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)  # a safe loader: plain data only
    except yaml.YAMLError as error:
        return None, [_syntax_problem(error, file, first_line)]
    if node is None:
        return YamlDoc(file, None, None, first_line), []
    doc = YamlDoc(file, data, node, first_line)
    return doc, duplicate_key_problems(doc, top_label) + cut_hashtag_problems(
        text, file, first_line
    )


def cut_hashtag_problems(text: str, file: str, first_line: int = 1) -> list[Problem]:
    """Unquoted text cut short by a hashtag, which YAML reads as the start of a comment.

    `claim: McDonald's said #McDStories was 2%` silently becomes "McDonald's said".
    A `#` straight after a space and followed by a letter or digit looks like a
    hashtag, not a deliberate comment (those are written `# like this`).
    """
    problems: list[Problem] = []
    lines = text.splitlines()
    for token in yaml.scan(text, Loader=_Loader):
        if not isinstance(token, yaml.ScalarToken) or token.style:  # plain scalars only
            continue
        end = token.end_mark
        rest = lines[end.line][end.column :] if end.line < len(lines) else ""
        stripped = rest.lstrip(" ")
        if rest != stripped and len(stripped) > 1 and stripped[0] == "#" and stripped[1].isalnum():
            problems.append(
                Problem(
                    file,
                    first_line + end.line,
                    f"the text stops before {stripped.split()[0]!r}: in YAML a space then # starts "
                    "a comment; put the whole value in double quotes",
                )
            )
    return problems


def _syntax_problem(error: yaml.YAMLError, file: str, first_line: int) -> Problem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = first_line + (mark.line if mark is not None else 0)
    what = getattr(error, "problem", None) or str(error).splitlines()[0]
    return Problem(
        file,
        line,
        f"this is not valid YAML ({what}); check the indentation, colons and quotes near this line",
    )


def duplicate_key_problems(doc: YamlDoc, top_label: str = "key") -> list[Problem]:
    """Every key that appears twice in the same mapping, anywhere in the document.

    `top_label` names the top-level keys, e.g. "source id" in sources.yaml, where a
    duplicate key is a duplicate id.
    """
    problems: list[Problem] = []
    if doc.node is None:
        return problems
    stack: list[tuple[Node, int]] = [(doc.node, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, MappingNode):
            label = top_label if depth == 0 else "key"
            seen: dict[str, int] = {}
            for key, value in node.value:
                stack.append((value, depth + 1))
                if not isinstance(key, ScalarNode):
                    continue
                line = doc.first_line + key.start_mark.line
                if key.value in seen:
                    problems.append(
                        Problem(
                            doc.file,
                            line,
                            f"duplicate {label} '{key.value}' (first on line {seen[key.value]}); "
                            "YAML would silently keep only the last one, so rename or remove "
                            "one of them",
                        )
                    )
                else:
                    seen[key.value] = line
        elif isinstance(node, SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
    return problems
