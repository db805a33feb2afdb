"""axe-core in a page: the serious and critical violations, as short lines for an assertion message."""

from pathlib import Path


def serious_violations(page, axe_script: Path) -> list[str]:
    """Runs axe-core on the loaded page; its context must bypass the CSP (axe comes in as an inline script)."""
    page.add_script_tag(path=str(axe_script))
    violations = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}): {[node['target'] for node in v['nodes']][:3]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
