"""Render glaze test-tile cards for the glaze library wall and recipe pages."""
from flask import Blueprint, render_template
from markupsafe import Markup

from potter.models import GlazeRecipe

bp = Blueprint("glaze_cards", __name__, url_prefix="/glazes")

CONE_BADGE = Markup('<span class="cone-badge cone-{}">Cone {}</span>')
ATMOSPHERE_LABELS = {"ox": "Oxidation", "red": "Reduction", "wood": "Wood", "soda": "Soda"}


def cone_badge(recipe: GlazeRecipe) -> Markup:
    return CONE_BADGE.format(recipe.cone_slug, recipe.cone_label)


def title_line(recipe: GlazeRecipe) -> Markup:
    return Markup("<strong>{}</strong> by {}").format(recipe.name, recipe.author_name)


def card_context(recipe: GlazeRecipe) -> dict:
    return {
        "title": title_line(recipe),
        "badge": cone_badge(recipe),
        "atmosphere": ATMOSPHERE_LABELS.get(recipe.atmosphere, "Unknown"),
        "notes": recipe.notes or "",
        "tile_photo": recipe.tile_photo_url,
    }


@bp.get("/<int:recipe_id>/card")
def glaze_card(recipe_id: int):
    recipe = GlazeRecipe.query.get_or_404(recipe_id)
    return render_template("glazes/card.html", card=card_context(recipe))


@bp.get("/wall")
def glaze_wall():
    recipes = GlazeRecipe.query.filter_by(shared=True).order_by(GlazeRecipe.name).all()
    return render_template("glazes/wall.html", cards=[card_context(r) for r in recipes])
