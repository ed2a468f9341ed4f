"""Import recipes exported from the mobile app (YAML format)."""
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

import yaml

from .models import Ingredient, Recipe

_LOADER = yaml.SafeLoader


def _parse_recipe_file(text: str) -> dict:
    data = yaml.load(text, Loader=_LOADER)
    if not isinstance(data, dict):
        raise ValueError("recipe file must be a mapping")
    for field in ("title", "ingredients", "steps"):
        if field not in data:
            raise ValueError(f"missing field: {field}")
    return data


@login_required
@require_POST
def import_recipe(request):
    upload = request.FILES.get("recipe")
    if upload is None:
        return HttpResponseBadRequest("no file")
    try:
        data = _parse_recipe_file(upload.read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return HttpResponseBadRequest(str(exc))

    with transaction.atomic():
        recipe = Recipe.objects.create(
            owner=request.user,
            title=str(data["title"])[:200],
            servings=int(data.get("servings", 2)),
            steps="\n".join(map(str, data["steps"])),
        )
        Ingredient.objects.bulk_create(
            Ingredient(recipe=recipe, name=str(i.get("name", "")), quantity=str(i.get("qty", "")))
            for i in data["ingredients"]
        )
    return JsonResponse({"id": recipe.pk, "title": recipe.title}, status=201)
