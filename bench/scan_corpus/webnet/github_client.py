"""Helpers for the release bot's GitHub interactions."""
import logging
import os

import requests

log = logging.getLogger(__name__)

API_ROOT = "https://api.github.com"


class GitHub:
    def __init__(self, repo: str, token: str | None = None) -> None:
        self.repo = repo
        self.session = requests.Session()
        self.session.headers.update({
            "Accept": "application/vnd.github+json",
            "Authorization": f"Bearer {token or os.environ['GITHUB_TOKEN']}",
            "X-GitHub-Api-Version": "2022-11-28",
        })

    def latest_release(self) -> dict | None:
        resp = self.session.get(f"{API_ROOT}/repos/{self.repo}/releases/latest", timeout=15)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    def create_release(self, tag: str, name: str, body: str, draft: bool = True) -> dict:
        payload = {"tag_name": tag, "name": name, "body": body, "draft": draft}
        resp = self.session.post(f"{API_ROOT}/repos/{self.repo}/releases", json=payload, timeout=30)
        resp.raise_for_status()
        release = resp.json()
        log.info("created release %s (%s)", release["id"], tag)
        return release

    def merged_prs_since(self, since_iso: str) -> list[dict]:
        query = f"repo:{self.repo} is:pr is:merged merged:>={since_iso}"
        resp = self.session.get(f"{API_ROOT}/search/issues", params={"q": query, "per_page": 100}, timeout=30)
        resp.raise_for_status()
        return resp.json()["items"]
