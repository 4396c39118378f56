"""Fails when a committed notebook holds outputs or execution counts: notebooks are committed clean,
so diffs show what changed in the text and no run's numbers go stale in the repository.

usage: /usr/bin/python3 check_clean.py NOTEBOOK...
"""
import sys

import nbformat


def problems(path):
    notebook = nbformat.read(path, as_version=4)
    found = []
    for index, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs"):
            found.append(f"{path}: cell {index} holds {len(cell.outputs)} output(s)")
        if cell.get("execution_count") is not None:
            found.append(f"{path}: cell {index} has execution count {cell.execution_count}")
    if notebook.metadata.get("kernelspec", {}).get("name") != "gram":
        found.append(f"{path}: the kernel is not 'gram' (the Gram (Java) kernel)")
    return found


def main(paths):
    if not paths:
        print("check_clean: no notebooks given", file=sys.stderr)
        return 2
    found = [problem for path in paths for problem in problems(path)]
    for problem in found:
        print(f"check_clean: {problem}", file=sys.stderr)
    if found:
        print("check_clean: clear them with: jupyter nbconvert --clear-output --inplace NOTEBOOK", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
