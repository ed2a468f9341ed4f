"""CLI: render wheel plans (dish, spoke count, tyre size) to PNG with Graphviz/ImageMagick."""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

TEMPLATE = """digraph wheel {{
  label="{name}: {diameter} in, {spokes} spokes, {dish} in dish";
  node [shape=circle];
  hub [label="nave"];
{edges}
}}
"""


def build_dot(name: str, diameter: int, spokes: int, dish: float) -> str:
    edges = "\n".join(f'  hub -> s{i} [label="{i + 1}"];' for i in range(spokes))
    return TEMPLATE.format(name=name.replace('"', "'"), diameter=diameter,
                           spokes=spokes, dish=dish, edges=edges)


def render(dot_source: str, out_png: Path, dpi: int = 150) -> None:
    dot = shutil.which("dot")
    if dot is None:
        sys.exit("graphviz 'dot' not found on PATH")
    subprocess.run(
        [dot, "-Tpng", f"-Gdpi={dpi}", "-o", str(out_png)],
        input=dot_source.encode(),
        check=True,
        timeout=60,
    )


def stamp(out_png: Path, job_ref: str) -> None:
    convert = shutil.which("convert")
    if convert is None:
        return
    subprocess.run(
        [convert, str(out_png), "-gravity", "southeast", "-annotate", "+10+10",
         f"Job {job_ref}", str(out_png)],
        check=True,
        timeout=60,
    )


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("name")
    p.add_argument("--job", required=True)
    p.add_argument("--diameter", type=int, default=48)
    p.add_argument("--spokes", type=int, default=14)
    p.add_argument("--dish", type=float, default=1.5)
    p.add_argument("-o", "--out", type=Path, default=Path("wheel.png"))
    args = p.parse_args(argv)
    render(build_dot(args.name, args.diameter, args.spokes, args.dish), args.out)
    stamp(args.out, args.job)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
