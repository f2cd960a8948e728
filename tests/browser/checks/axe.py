"""axe-core finds no WCAG 2.0/2.1 A or AA violation, nor a best-practice one."""

from axe_playwright_python.sync_playwright import Axe

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}
_axe = Axe()


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"\n{violation['id']} ({violation['impact']}): {violation['help']}\n  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' '.join(map(str, node['target']))}\n    {node['html'][:200]}")
            lines.append("    " + node.get("failureSummary", "").replace("\n", "\n    "))
    return "\n".join(lines)


def check_axe(tab):
    violations = _axe.run(tab, options=AXE_OPTIONS).response["violations"]
    assert not violations, f"{len(violations)} axe violation(s):" + describe(violations)
