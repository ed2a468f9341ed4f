"""Public portfolio pages for the studio website.

The homepage shows a rotating selection of finished work: gilded glass,
pub signs, shop fascias and canal boat lettering.
"""
import random
from collections import defaultdict

from jinja2 import Environment, PackageLoader, select_autoescape

from signwriter.catalogue import load_published_projects

env = Environment(
    loader=PackageLoader("signwriter.website", "templates"),
    autoescape=select_autoescape(["html"]),
)

FEATURED_COUNT = 9
CATEGORIES = ("gilding", "fascia", "hanging", "vehicle", "heritage")


def pick_featured(projects: list[dict], count: int = FEATURED_COUNT) -> list[dict]:
    by_category = defaultdict(list)
    for project in projects:
        by_category[project["category"]].append(project)
    chosen = []
    for category in CATEGORIES:
        pool = by_category.get(category, [])
        if pool:
            chosen.append(random.choice(pool))
    remaining = [p for p in projects if p not in chosen]
    chosen.extend(random.sample(remaining, k=max(0, min(count - len(chosen), len(remaining)))))
    random.shuffle(chosen)
    return chosen


def render_homepage() -> str:
    projects = load_published_projects()
    featured = pick_featured(projects)
    template = env.get_template("home.html")
    return template.render(featured=featured, total_projects=len(projects))


def render_category(category: str) -> str:
    if category not in CATEGORIES:
        raise LookupError(category)
    projects = [p for p in load_published_projects() if p["category"] == category]
    template = env.get_template("category.html")
    return template.render(category=category, projects=projects)
