import os
import subprocess

import pytest

from deskcms import create_app
from deskcms.history import article_history

COMMITS = [
    ("Priya Raman", "priya@example.org", "2025-01-06T09:15:00+00:00", "harbour-budget", "First draft of budget story"),
    ("Sam Doyle", "sam@example.org", "2025-01-06T11:40:00+00:00", "weather-week", "Weekly weather outlook"),
    ("Sam Doyle", "sam@example.org", "2025-01-07T08:05:00+00:00", "harbour-budget", "Copy edit, fix vote count"),
    ("Priya Raman", "priya@example.org", "2025-01-08T16:30:00+00:00", "harbour-budget", "Add council quote"),
]


def git(repo, *args, env=None):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


@pytest.fixture()
def content(tmp_path):
    repo = tmp_path / "content"
    (repo / "articles").mkdir(parents=True)
    git(repo, "init", "-q")
    for i, (name, email, when, slug, message) in enumerate(COMMITS):
        path = repo / "articles" / f"{slug}.md"
        path.write_text(f"title: {slug}\n---\nrevision {i}\n", encoding="utf-8")
        env = dict(os.environ, GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email, GIT_AUTHOR_DATE=when,
                   GIT_COMMITTER_NAME=name, GIT_COMMITTER_EMAIL=email, GIT_COMMITTER_DATE=when)
        git(repo, "add", "-A", env=env)
        git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", message, env=env)
    return repo


def test_history_newest_first(content):
    revs = article_history(content, "harbour-budget")
    assert [r["message"] for r in revs] == [
        "Add council quote", "Copy edit, fix vote count", "First draft of budget story"]
    assert [r["author"] for r in revs] == ["Priya Raman", "Sam Doyle", "Priya Raman"]
    assert revs[1]["email"] == "sam@example.org"
    assert revs[0]["date"].startswith("2025-01-08T16:30:00")


def test_commit_ids_are_full_hashes(content):
    revs = article_history(content, "weather-week")
    assert len(revs) == 1
    head = subprocess.run(["git", "-C", str(content), "log", "-1", "--format=%H", "--", "articles/weather-week.md"],
                          capture_output=True, text=True, check=True).stdout.strip()
    assert revs[0]["commit"] == head


def test_limit(content):
    revs = article_history(content, "harbour-budget", limit=2)
    assert [r["message"] for r in revs] == ["Add council quote", "Copy edit, fix vote count"]


def test_follows_renames(content):
    env = dict(os.environ, GIT_AUTHOR_NAME="Lee Park", GIT_AUTHOR_EMAIL="lee@example.org",
               GIT_COMMITTER_NAME="Lee Park", GIT_COMMITTER_EMAIL="lee@example.org",
               GIT_AUTHOR_DATE="2025-01-09T10:00:00+00:00", GIT_COMMITTER_DATE="2025-01-09T10:00:00+00:00")
    git(content, "mv", "articles/harbour-budget.md", "articles/harbour-budget-2025.md", env=env)
    git(content, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "Rename for the archive", env=env)
    revs = article_history(content, "harbour-budget-2025")
    assert [r["message"] for r in revs][:2] == ["Rename for the archive", "Add council quote"]
    assert len(revs) == 4


def test_endpoint(content):
    client = create_app({"CONTENT_REPO": str(content), "TESTING": True}).test_client()
    resp = client.get("/articles/harbour-budget/history")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["slug"] == "harbour-budget"
    assert [r["message"] for r in body["revisions"]][0] == "Add council quote"
    assert set(body["revisions"][0]) >= {"commit", "author", "email", "date", "message"}
    limited = client.get("/articles/harbour-budget/history?limit=1").get_json()
    assert len(limited["revisions"]) == 1


def test_endpoint_unknown_article(content):
    client = create_app({"CONTENT_REPO": str(content), "TESTING": True}).test_client()
    assert client.get("/articles/no-such-story/history").status_code == 404
