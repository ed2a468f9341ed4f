"""Ordering of the lookbook gallery on the shop's home page."""
import random
from dataclasses import dataclass
from typing import Iterable

from jinja2 import Environment, PackageLoader, select_autoescape

from hatter.catalogue import CatalogueItem, load_published_items

env = Environment(loader=PackageLoader("hatter", "templates"), autoescape=select_autoescape())

FEATURED_SLOTS = 3
GALLERY_SIZE = 24


@dataclass
class GalleryTile:
    slug: str
    title: str
    image_url: str
    featured: bool = False


def _tiles(items: Iterable[CatalogueItem]) -> list[GalleryTile]:
    return [GalleryTile(i.slug, i.title, i.thumbnail_url, i.featured) for i in items]


def arrange(items: Iterable[CatalogueItem], rng: random.Random | None = None) -> list[GalleryTile]:
    rng = rng or random.Random()
    tiles = _tiles(items)
    featured = [t for t in tiles if t.featured][:FEATURED_SLOTS]
    rest = [t for t in tiles if t not in featured]
    rng.shuffle(rest)
    return (featured + rest)[:GALLERY_SIZE]


def render_gallery() -> str:
    tiles = arrange(load_published_items(season="current"))
    template = env.get_template("gallery.html")
    return template.render(tiles=tiles, hero=random.choice(tiles) if tiles else None)
