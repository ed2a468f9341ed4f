"""Show the differences between two versions of an equipment recipe.

Recipes are stored as vendor-specific binary blobs; the vendor ships a
decoder that turns a blob into an ordered parameter listing. We decode both
versions and hand them to the configured diff viewer.
"""
import argparse
import os
import subprocess
import sys
import tempfile

from recipes.store import RecipeStore

DECODER = os.environ.get("RECIPE_DECODER", "/opt/vendor/bin/rcpdump")
DIFF_VIEWER = os.environ.get("RECIPE_DIFF", "diff")


def _decode_to_file(blob: bytes, label: str) -> str:
    path = tempfile.mktemp(prefix=f"rcp_{label}_", suffix=".txt")
    listing = subprocess.run([DECODER, "-"], input=blob, capture_output=True, check=True).stdout
    with open(path, "wb") as fh:
        fh.write(listing)
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("recipe_id")
    parser.add_argument("old_rev", type=int)
    parser.add_argument("new_rev", type=int)
    args = parser.parse_args(argv)

    store = RecipeStore.from_env()
    old_path = _decode_to_file(store.blob(args.recipe_id, args.old_rev), f"r{args.old_rev}")
    new_path = _decode_to_file(store.blob(args.recipe_id, args.new_rev), f"r{args.new_rev}")
    try:
        return subprocess.run([DIFF_VIEWER, "-u", old_path, new_path]).returncode
    finally:
        os.unlink(old_path)
        os.unlink(new_path)


if __name__ == "__main__":
    sys.exit(main())
