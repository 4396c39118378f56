#!/usr/bin/env python3
"""Writes the image's CycloneDX SBOM: the Java libraries of gram.jar (the CycloneDX Maven plugin's
BOM of the cli module) plus every Debian package of the base, under the image as the described
component. Standard library only; the output is sorted and has no time of its own, so the same
inputs give the same file."""

import argparse
import json
import sys
from urllib.parse import quote


def debian_components(packages_file):
    components = []
    with open(packages_file, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            name, version, arch = line.rstrip("\n").split("\t")
            purl = f"pkg:deb/debian/{name}@{quote(version, safe='')}?arch={arch}&distro=debian-12"
            components.append({
                "type": "library",
                "bom-ref": purl,
                "name": name,
                "version": version,
                "purl": purl,
                "properties": [{"name": "gram:image-layer", "value": "base"}],
            })
    return sorted(components, key=lambda c: c["bom-ref"])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--java", required=True, help="bom.json of the cli module")
    parser.add_argument("--debian", required=True, help="the base's package list (name, version, arch)")
    parser.add_argument("--base", required=True, help="sha256sum line of the base archive")
    parser.add_argument("--digest", required=True, help="file holding the image's digest")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    with open(args.java, encoding="utf-8") as f:
        bom = json.load(f)
    with open(args.digest, encoding="utf-8") as f:
        digest = f.read().strip()
    with open(args.base, encoding="utf-8") as f:
        base_sha, base_name = f.read().split()

    cli = bom["metadata"]["component"]
    version = cli.get("version", "unknown")
    image_ref = f"pkg:oci/gram@{quote(digest, safe='')}?tag={quote(version, safe='')}"
    image = {
        "type": "container",
        "bom-ref": image_ref,
        "name": "gram",
        "version": version,
        "purl": image_ref,
        "description": "The Gram stress kit service (gram serve) on a Debian bookworm base",
    }
    base_ref = "gram-base:" + base_name
    base = {
        "type": "operating-system",
        "bom-ref": base_ref,
        "name": "debian",
        "version": "12",
        "description": f"Base built with mmdebstrap: {base_name}",
        "hashes": [{"alg": "SHA-256", "content": base_sha}],
    }
    debs = debian_components(args.debian)
    if not debs:
        sys.exit("sbom.py: the base's package list is empty")
    java = bom.get("components", [])
    for component in java:
        component.setdefault("properties", []).append({"name": "gram:image-layer", "value": "application"})

    bom["metadata"]["component"] = image
    bom["components"] = [cli, base] + java + debs
    dependencies = bom.get("dependencies", [])
    dependencies.append({"ref": image_ref, "dependsOn": [cli["bom-ref"], base_ref]})
    dependencies.append({"ref": base_ref, "dependsOn": [c["bom-ref"] for c in debs]})
    bom["dependencies"] = sorted(dependencies, key=lambda d: d["ref"])

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(bom, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"sbom.py: {len(java)} Java components, {len(debs)} Debian packages -> {args.out}")


if __name__ == "__main__":
    main()
