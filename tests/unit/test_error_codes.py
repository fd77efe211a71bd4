"""Every user error carries a registered code (desktop_crm/errors.py): a scan of the source
finds each construction of a `CrmError` and checks that its code is a `Code` attribute (never a
string that would reach the window in English), that it passes every param its English sentence
needs, and that every registered code is raised somewhere. The wording of each code in Russian
is checked by tests/ui/test_error_words.py."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop_crm
import desktop_crm.values
from desktop_crm import errors
from desktop_crm.error_codes.registry import code
from desktop_crm.errors import CODES, Code, CrmError, ValidationError

PACKAGE = Path(desktop_crm.__file__).parent


def _subclasses(cls: type) -> set[type]:
    return {cls} | {s for sub in cls.__subclasses__() for s in _subclasses(sub)}


ERROR_CLASSES = {cls.__name__ for cls in _subclasses(CrmError)}
REGISTERED = {name for name in dir(Code) if isinstance(getattr(Code, name), errors.ErrorCode)}


@dataclass
class Construction:
    where: str
    codes: list[str]  # Code attribute names the first argument may hold
    keywords: set[str] | None  # None: the params are splatted (**params), not checkable
    problem: str | None = None


def _code_names(node: ast.expr) -> list[str] | None:
    """`Code.X`, or a conditional of such: the attribute names; None for anything else."""
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Code"
    ):
        return [node.attr]
    if isinstance(node, ast.IfExp):
        body, orelse = _code_names(node.body), _code_names(node.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


def _assigned_codes(function: ast.AST, name: str) -> list[str] | None:
    """The codes a local variable is assigned in `function`, if every assignment is a code."""
    found: list[str] = []
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            codes = _code_names(node.value)
            if codes is None:
                return None
            found += codes
    return found or None


def _constructions() -> Iterator[Construction]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "errors.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ERROR_CLASSES
            ):
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            keywords = {k.arg for k in node.keywords if k.arg is not None}
            splat = any(k.arg is None for k in node.keywords)
            first = node.args[0] if node.args else None
            codes = _code_names(first) if first is not None else None
            if codes is None and isinstance(first, ast.Name):
                owner = [f for f in functions if f.lineno <= node.lineno <= (f.end_lineno or 0)]
                codes = _assigned_codes(owner[-1], first.id) if owner else None
            problem = None
            if codes is None:
                shown = ast.unparse(first) if first is not None else "nothing"
                problem = f"{where}: the code is {shown}, not a Code attribute"
            elif len(node.args) != 1:
                problem = f"{where}: params are passed by keyword only"
            yield Construction(where, codes or [], None if splat else keywords, problem)


CONSTRUCTIONS = list(_constructions())


def test_every_error_is_raised_with_a_registered_code() -> None:
    assert len(CONSTRUCTIONS) > 100  # the scan sees the raise sites
    problems = [c.problem for c in CONSTRUCTIONS if c.problem]
    unknown = [
        f"{c.where}: Code.{name} is not registered"
        for c in CONSTRUCTIONS
        for name in c.codes
        if name not in REGISTERED
    ]
    assert not problems + unknown, "\n".join(problems + unknown)


def test_every_registered_code_is_raised_somewhere() -> None:
    used = {name for c in CONSTRUCTIONS for name in c.codes}
    assert sorted(REGISTERED - used) == []
    assert {getattr(Code, name).key for name in REGISTERED} == set(CODES)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_construction_passes_the_params_its_sentence_needs() -> None:
    missing = []
    for c in CONSTRUCTIONS:
        if c.keywords is None:
            continue
        for name in c.codes:
            needed = _fields(getattr(Code, name).english)
            lacking = needed - c.keywords
            if lacking:
                missing.append(f"{c.where}: Code.{name} lacks {sorted(lacking)}")
    assert not missing, "\n".join(missing)


def test_the_english_sentence_is_the_message_the_cli_prints() -> None:
    error = ValidationError(Code.TEXT_TOO_LONG, field="address", label="The address", max_length=5)
    assert (error.code, error.field, error.params["max_length"]) == ("field.too_long", "address", 5)
    assert str(error) == error.message == "The address may be at most 5 characters long."
    wrapped = ValidationError(Code.FIELD_VALUE_BAD, label="Deal date", cause=error)
    assert wrapped.message == "Deal date: The address may be at most 5 characters long."
    assert wrapped.cause is error and "cause" not in wrapped.params


def test_a_code_is_registered_once() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        code("client.gone", "again")
