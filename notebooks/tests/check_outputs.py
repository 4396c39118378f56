"""Checks notebooks executed by nbconvert: no cell failed, and each cell tagged 'expect-html' or
'expect-png' produced that kind of output (an HTML table, a PNG chart) besides its text fallback.

usage: /usr/bin/python3 check_outputs.py EXECUTED_NOTEBOOK...
"""
import base64
import sys

import nbformat

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
EXPECTATIONS = {
    "expect-html": ("text/html", lambda data: "<table" in data),
    "expect-png": ("image/png", lambda data: base64.b64decode(data).startswith(PNG_SIGNATURE)),
}


def problems(path):
    notebook = nbformat.read(path, as_version=4)
    found = []
    expected_cells = 0
    for index, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code":
            continue
        where = f"{path}: cell {index} ({cell.source.splitlines()[0] if cell.source else 'empty'})"
        rich = [output.data for output in cell.outputs if output.output_type in ("execute_result", "display_data")]
        for output in cell.outputs:
            if output.output_type == "error":
                found.append(f"{where} failed: {output.ename}: {output.evalue}")
        for tag in cell.metadata.get("tags", []):
            if tag not in EXPECTATIONS:
                continue
            expected_cells += 1
            mime, valid = EXPECTATIONS[tag]
            if not any(mime in data and valid(data[mime]) for data in rich):
                found.append(f"{where} is tagged {tag} but shows no valid {mime}")
            if not any("text/plain" in data for data in rich):
                found.append(f"{where} has no text/plain fallback")
    if expected_cells == 0:
        found.append(f"{path}: no cell is tagged expect-html or expect-png; nothing was checked")
    return found


def main(paths):
    found = [problem for path in paths for problem in problems(path)]
    for problem in found:
        print(f"check_outputs: {problem}", file=sys.stderr)
    return 1 if found or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
