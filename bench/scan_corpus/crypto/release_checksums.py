"""Write and verify SHA256SUMS manifests for release artifacts."""
import argparse
import hashlib
import sys
from pathlib import Path

CHUNK = 1024 * 1024
MANIFEST = "SHA256SUMS"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(dist_dir: Path) -> Path:
    lines = []
    for artifact in sorted(p for p in dist_dir.iterdir() if p.is_file() and p.name != MANIFEST):
        lines.append(f"{file_sha256(artifact)}  {artifact.name}")
    manifest = dist_dir / MANIFEST
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def verify_manifest(dist_dir: Path) -> list[str]:
    problems = []
    for line in (dist_dir / MANIFEST).read_text(encoding="utf-8").splitlines():
        expected, name = line.split(maxsplit=1)
        artifact = dist_dir / Path(name).name
        if not artifact.is_file():
            problems.append(f"missing: {name}")
        elif file_sha256(artifact) != expected:
            problems.append(f"checksum mismatch: {name}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["write", "verify"])
    parser.add_argument("dist", type=Path, nargs="?", default=Path("dist"))
    args = parser.parse_args()
    if args.command == "write":
        print(f"wrote {write_manifest(args.dist)}")
        return 0
    problems = verify_manifest(args.dist)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
