"""The engine never imports Qt: only qa_desk/app/ may (Anki's core/front-end split)."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "qa_desk"


def _imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_qt_outside_app():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "app" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for module in _imported_modules(path):
            if module.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_scan_sees_python_files():
    # guard against the scan silently finding nothing
    assert len(list(PACKAGE.rglob("*.py"))) > 5


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _package_imports() -> dict[str, set[str]]:
    """module -> the qa_desk modules it imports (relative imports resolved), at any depth."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        package = parts if path.name == "__init__.py" else parts[:-1]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package[:len(package) - node.level + 1] if node.level else []
                module = ".".join(base + ([node.module] if node.module else []))
                candidates = [f"{module}.{a.name}" for a in node.names]
                candidates = [c for c in candidates if _is_module(c)] or [module]
            elif isinstance(node, ast.Import):
                candidates = [a.name for a in node.names]
            else:
                continue
            targets.update(c for c in candidates if c.startswith("qa_desk"))
        graph[name] = targets
    return {k: {t for t in v if t in graph and t != k} for k, v in graph.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_people_and_engine_have_no_import_cycle():
    cycles = [c for c in _cycles(_package_imports()) if not all(m.startswith("qa_desk.app") for m in c)]
    assert cycles == []


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
