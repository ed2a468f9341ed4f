"""Install monitoring-agent plugins from a plugin index URL."""
import argparse
import io
import os
import tarfile
from pathlib import Path

import requests

PLUGIN_DIR = Path(os.environ.get("AGENT_PLUGIN_DIR", "/opt/monitor-agent/plugins"))


def download(url: str) -> bytes:
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    return resp.content


def install(name: str, url: str) -> Path:
    target = PLUGIN_DIR / name
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(download(url)), mode="r:gz") as tar:
        tar.extractall(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name")
    parser.add_argument("url", help="https URL of the plugin .tar.gz")
    args = parser.parse_args()
    path = install(args.name, args.url)
    print(f"installed {args.name} into {path}")


if __name__ == "__main__":
    main()
