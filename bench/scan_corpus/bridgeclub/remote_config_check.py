"""Support helper: ask the scoring vendor's support desk to validate setup.

Run by the club's volunteer IT person when the scoring server refuses to
start; the support service replies with a list of problems it found.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Dict, Optional

import httpx
from dotenv import dotenv_values


class ConfigCheckClient:
    def __init__(self, support_url: str, club_code: str, env_path: Path) -> None:
        self.support_url = support_url.rstrip("/")
        self.club_code = club_code
        self.env_path = env_path

    def _collect_settings(self) -> Dict[str, Optional[str]]:
        if not self.env_path.is_file():
            return {}
        return dict(dotenv_values(self.env_path))

    def _installed_versions(self) -> Dict[str, str]:
        from importlib import metadata

        versions = {}
        for dist in ("bridgeclub-scoring", "sqlalchemy", "flask", "httpx"):
            try:
                versions[dist] = metadata.version(dist)
            except metadata.PackageNotFoundError:
                versions[dist] = "missing"
        return versions

    def check(self) -> list:
        payload = {
            "club": self.club_code,
            "python": sys.version.split()[0],
            "packages": self._installed_versions(),
            "settings": self._collect_settings(),
        }
        with httpx.Client(timeout=30.0) as client:
            resp = client.post(f"{self.support_url}/config-check", json=payload)
            resp.raise_for_status()
            return resp.json().get("problems", [])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--env-file", type=Path, default=Path(".env"))
    parser.add_argument("--club", default=os.environ.get("SCORER_CLUB_CODE", ""))
    parser.add_argument("--support-url", default=os.environ.get("SCORER_SUPPORT_URL", ""))
    args = parser.parse_args()
    if not args.support_url or not args.club:
        parser.error("--support-url and --club are required")

    problems = ConfigCheckClient(args.support_url, args.club, args.env_file).check()
    if not problems:
        print("No problems found.")
        return 0
    for problem in problems:
        print(f"- {problem}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
