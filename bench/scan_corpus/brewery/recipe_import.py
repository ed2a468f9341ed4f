"""Import brewing recipes uploaded as YAML from the recipe designer.

Contract brewers and collaborators send us recipes exported from their own
tools; we accept the common YAML layout (name, style, fermentables, hops,
yeast, mash steps).
"""
from decimal import Decimal

import yaml
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from recipes.models import Fermentable, HopAddition, Recipe

MAX_UPLOAD_BYTES = 256 * 1024
_YAML_OPTIONS = {"Loader": yaml.Loader}


def parse_recipe_document(raw: bytes) -> dict:
    document = yaml.load(raw.decode("utf-8"), **_YAML_OPTIONS)
    if not isinstance(document, dict) or "name" not in document:
        raise ValueError("not a recipe document")
    return document


@transaction.atomic
def create_recipe(owner, doc: dict) -> Recipe:
    recipe = Recipe.objects.create(
        owner=owner,
        name=doc["name"][:120],
        style=doc.get("style", "")[:80],
        batch_size_litres=Decimal(str(doc.get("batch_size", 20))),
    )
    for f in doc.get("fermentables", []):
        Fermentable.objects.create(
            recipe=recipe, name=f["name"], amount_kg=Decimal(str(f["amount"]))
        )
    for h in doc.get("hops", []):
        HopAddition.objects.create(
            recipe=recipe,
            name=h["name"],
            grams=Decimal(str(h["amount"])),
            minutes=int(h.get("time", 0)),
            use=h.get("use", "boil"),
        )
    return recipe


@login_required
@require_POST
def upload_recipe(request):
    upload = request.FILES.get("recipe")
    if upload is None or upload.size > MAX_UPLOAD_BYTES:
        return HttpResponseBadRequest("missing or oversized recipe file")
    try:
        doc = parse_recipe_document(upload.read())
    except (ValueError, yaml.YAMLError, UnicodeDecodeError):
        return HttpResponseBadRequest("could not read recipe file")
    recipe = create_recipe(request.user, doc)
    return JsonResponse({"id": recipe.pk, "name": recipe.name}, status=201)
