"""A griffe extension for the API reference (docs/api.md): our Sphinx-style docstrings as Markdown.

The docstrings follow Flask's style (``:param:`` fields, ``:class:`` roles, ``.. versionadded::``).
mkdocstrings parses the fields itself (``docstring_style: sphinx`` in mkdocs.yml) but renders the
prose as Markdown, where roles and directives would show as typed. Before parsing, this extension
rewrites, in every docstring of the package:

- a role (``:class:`~flask_cors.CORS```, ``:func:`route_policies```) into a link to the object when
  the API page documents it, and into code otherwise (``~`` keeps the last name, as in Sphinx);
- ``.. versionadded:: 0.1`` and ``.. versionchanged:: 0.2`` (with their text) into one italic line;
- a paragraph ending in ``::`` and the indented block after it into a fenced Python block.

Loaded by mkdocs.yml (``extensions: [scripts/griffe_sphinx.py]``); the package is untouched.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import griffe

API_PAGE = Path(__file__).resolve().parents[1] / "docs" / "api.md"
ROLE = re.compile(r":(?:class|func|meth|data|attr|mod|exc|obj):`(~?)([\w.]+)`")
DIRECTIVE = re.compile(r"^\.\. version(added|changed):: (\S+)[ \t]*$((?:\n[ \t]+\S.*)*)", re.MULTILINE)
LITERAL = re.compile(r"(\S)( ?)::\n\n((?:(?:[ \t]+.*)?\n)*(?:[ \t]+.*\n?))")


def _public(obj: griffe.Object | griffe.Alias) -> bool:
    return not obj.name.startswith("_")


def _canonical(obj: griffe.Object | griffe.Alias) -> str | None:
    """The path where the object is defined; None for an alias to something outside the package."""
    try:
        return obj.canonical_path
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


class SphinxToMarkdown(griffe.Extension):
    """Rewrite roles, version directives and literal blocks of every docstring in the package."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        roots = re.findall(r"^::: ([\w.]+)$", API_PAGE.read_text(encoding="utf-8"), re.MULTILINE)
        collection = pkg.modules_collection
        # canonical path -> the identifier of the heading that documents it on the API page
        self.documented: dict[str, str] = {}
        for root in roots:
            if root.split(".")[0] == pkg.name:
                self._document(collection[root], root)
        self._rewrite(pkg)

    def _document(self, obj: griffe.Object | griffe.Alias, identifier: str) -> None:
        canonical = _canonical(obj)
        if canonical is None:
            return
        self.documented.setdefault(canonical, identifier)
        if obj.is_module or obj.is_class:
            for name, member in obj.members.items():
                if _public(member) and (not obj.is_module or member.is_public):
                    self._document(member, f"{identifier}.{name}")

    def _rewrite(self, obj: griffe.Object) -> None:
        if obj.docstring is not None:
            obj.docstring.value = self.markdown(obj.docstring.value, obj)
        for member in obj.members.values():
            if not member.is_alias:
                self._rewrite(member)  # type: ignore[arg-type]

    def markdown(self, text: str, obj: griffe.Object) -> str:
        text = ROLE.sub(lambda match: self._role(match, obj), text)
        text = DIRECTIVE.sub(_version_note, text)
        return LITERAL.sub(_fenced, text)

    def _role(self, match: re.Match[str], obj: griffe.Object) -> str:
        short, target = match.group(1) == "~", match.group(2)
        label = target.rsplit(".", 1)[-1] if short else target
        if match.group(0).startswith((":func:", ":meth:")):
            label += "()"
        scopes = [obj, obj.parent, obj.module, obj.package]
        for candidate in [target, *(f"{scope.path}.{target}" for scope in scopes if scope is not None)]:
            try:
                found = obj.modules_collection[candidate]
            except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
                continue
            identifier = self.documented.get(_canonical(found) or "")
            if identifier is not None:
                return f"[`{label}`][{identifier}]"
        return f"`{label}`"


def _version_note(match: re.Match[str]) -> str:
    kind, version = match.group(1), match.group(2)
    text = " ".join(match.group(3).split())
    label = "Added in version" if kind == "added" else "Changed in version"
    return f"*{label} {version}{':' if text else '.'}*{' ' + text if text else ''}"


def _fenced(match: re.Match[str]) -> str:
    # "text. ::" ends the paragraph as "text."; "text::" as "text:" (Sphinx's rule).
    end = match.group(1) if match.group(2) else f"{match.group(1)}:"
    lines = match.group(3).rstrip("\n").split("\n")
    indent = min(len(line) - len(line.lstrip()) for line in lines if line.strip())
    code = "\n".join(line[indent:] for line in lines)
    return f"{end}\n\n```python\n{code}\n```\n"
