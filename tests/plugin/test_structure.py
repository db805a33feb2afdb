"""The plugin's shape: no import cycles, migrations that import nothing of it, every URL reversed, never glued."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "handlungsfelder"
TEMPLATE_DIRS = [
    PLUGIN / "templates",
    ROOT / "site" / "templates",
    ROOT / "pages" / "templates",
    ROOT / "anmeldung" / "templates",
]
PYTHON_DIRS = [PLUGIN, ROOT / "pages", ROOT / "itkonzept", ROOT / "demo", ROOT / "anmeldung"]
URL_ATTRIBUTE = re.compile(r'\b(?:href|action|src)="([^"]*)"')
TEMPLATE_EXPRESSION = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
# A value built from a template expression is fine when the expression is the whole URL, or when the literal part
# is a fragment, a query or a scheme of its own (`#block-{{ id }}`, `?seite={{ n }}`, `mailto:{{ email }}`).
NOT_A_PATH = ("#", "?", "mailto:", "tel:")
# A "/" of a path: not the one of an HTML tag (`</p>`, `<br/>`) nor of a scheme (`sqlite:///`).
PATH_SLASH = re.compile(r"(?<![<:/])/(?!>)")


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> modules of the same package it imports, at module level or inside functions alike."""
    files = {module_name(path, root): path for path in root.rglob("*.py") if "migrations" not in path.parts}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                # `from .pkg import module` imports the module; `from .module import name` the module itself.
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base for alias in node.names]
            else:
                continue
            graph[name] |= {target for target in targets if target in files and target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_of_the_plugin_is_part_of_an_import_cycle():
    graph = import_graph(PLUGIN)
    assert len(graph) > 40
    assert cycles(graph) == []


def test_the_cycle_check_finds_a_cycle_through_a_lazy_import(tmp_path):
    package = tmp_path / "paket"
    (package / "teil").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "teil" / "__init__.py").write_text("")
    (package / "teil" / "models.py").write_text("from ..views import ansicht\n")
    (package / "views.py").write_text("def ansicht():\n    from .teil import models\n")
    assert cycles(import_graph(package)) == [["paket.teil.models", "paket.views"]]


def test_migrations_import_nothing_from_the_plugin():
    offenders = []
    for path in sorted((PLUGIN / "migrations").glob("0*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("handlungsfelder")):
                offenders.append(f"{path.name}: from {node.module}")
            elif isinstance(node, ast.Import):
                offenders += [
                    f"{path.name}: import {a.name}" for a in node.names if a.name.startswith("handlungsfelder")
                ]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                # 'handlungsfelder.Akteur' names a model; 'handlungsfelder.blocks.X' would import plugin code.
                if re.fullmatch(r"handlungsfelder\.\w+\.\w+.*", node.value):
                    offenders.append(f"{path.name}: {node.value}")
    assert offenders == []


def template_urls() -> list[tuple[str, str]]:
    return [
        (f"{path.relative_to(ROOT)}", value)
        for directory in TEMPLATE_DIRS
        for path in sorted(directory.rglob("*.html"))
        for value in URL_ATTRIBUTE.findall(path.read_text(encoding="utf-8"))
    ]


def is_glued(value: str) -> bool:
    expressions = TEMPLATE_EXPRESSION.findall(value)
    if not expressions or value.startswith(NOT_A_PATH):
        return False
    rest = TEMPLATE_EXPRESSION.sub("\0", value)
    url, _, suffix = rest.partition("#") if "#" in rest else rest.partition("?")
    return url != "\0" or "/" in suffix


def test_no_template_glues_a_url_together():
    urls = template_urls()
    assert len(urls) > 80
    assert [(path, value) for path, value in urls if is_glued(value)] == []


@pytest.mark.parametrize(
    ("value", "glued"),
    [
        ("{% pageurl page %}versionen/", True),
        ("{{ base_url }}{{ row.compare_url }}", True),
        ('{% routablepageurl page "versionen" %}', False),
        ("{% pageurl ergebnis.page %}#{{ ergebnis.ausschnitt.anchor }}", False),
        ("mailto:{{ kontakt.email }}", False),
    ],
)
def test_the_template_check_tells_a_glued_url_from_a_reversed_one(value, glued):
    assert is_glued(value) is glued


def glued_in_python(path: Path) -> list[str]:
    """f-strings and `+` that put a path segment ("/...") next to a computed value."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            literal = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
            if PATH_SLASH.search(literal) and any(isinstance(part, ast.FormattedValue) for part in node.values):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            sides = (node.left, node.right)
            if any(isinstance(side, ast.Constant) and PATH_SLASH.search(str(side.value)) for side in sides):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_python_code_glues_a_url_together():
    files = [path for directory in PYTHON_DIRS for path in directory.rglob("*.py") if "migrations" not in path.parts]
    assert [spot for path in sorted(files) for spot in glued_in_python(path)] == []
