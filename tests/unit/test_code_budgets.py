"""House budgets (DESIGN.md): a module of at most 400 lines, a function of at most 60, so that a
newcomer reads one idea at a time. The few exceptions are listed with the reason; an exception
that fits the budget again must leave the list, so it stays short and true."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_crm"
MODULE_LINES = 400
FUNCTION_LINES = 60

# module (relative to desktop_crm/) -> why it may be longer
MODULE_EXCEPTIONS = {
    "migrations/versions/0001_initial_schema.py": "the initial schema, written once, never edited",
}
# "module:function" -> why it may be longer
FUNCTION_EXCEPTIONS = {
    "migrations/versions/0001_initial_schema.py:upgrade": "the initial schema, one table a block",
    "migrations/versions/0001_initial_schema.py:downgrade": "the initial schema, in reverse",
}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if ".venv" not in p.parts)


def module_sizes() -> dict[str, int]:
    return {
        str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in modules()
    }


def function_sizes() -> dict[str, int]:
    sizes = {}
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                key = f"{path.relative_to(PACKAGE)}:{node.name}"
                sizes[key] = max(sizes.get(key, 0), node.end_lineno - node.lineno + 1)
    return sizes


def test_modules_fit_the_budget() -> None:
    over = {
        m: n for m, n in module_sizes().items() if n > MODULE_LINES and m not in MODULE_EXCEPTIONS
    }
    assert not over, f"modules over {MODULE_LINES} lines (split them by idea): {over}"


def test_functions_fit_the_budget() -> None:
    over = {
        f: n
        for f, n in function_sizes().items()
        if n > FUNCTION_LINES and f not in FUNCTION_EXCEPTIONS
    }
    assert not over, f"functions over {FUNCTION_LINES} lines: {over}"


def test_every_exception_is_still_needed() -> None:
    modules_now, functions_now = module_sizes(), function_sizes()
    stale = [m for m in MODULE_EXCEPTIONS if modules_now.get(m, 0) <= MODULE_LINES]
    stale += [f for f in FUNCTION_EXCEPTIONS if functions_now.get(f, 0) <= FUNCTION_LINES]
    assert not stale, f"these fit the budget now; remove them from the exceptions: {stale}"
