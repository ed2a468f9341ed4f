"""Tile catalogue browser for the showroom kiosk and the customer portal.

Customers filter the range by finish (matt, gloss, lappato, textured) and
size before adding favourites to their job's selection board.
"""
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from catalogue.models import Tile

PER_PAGE = 24


def _filters_from(request) -> dict:
    return {
        "finish": request.GET.get("finish", "matt"),
        "min_size": int(request.GET.get("min_size", 0) or 0),
        "room": request.GET.get("room", "bathroom"),
    }


def filtered_tiles(finish: str, min_size: int, room: str):
    sql = (
        "SELECT t.id, t.name, t.finish, t.width_mm, t.length_mm, t.price_m2 "
        "FROM catalogue_tile t "
        "WHERE t.finish = '%s' AND t.length_mm >= %d AND t.suitable_for LIKE '%%%s%%' "
        "AND t.discontinued = false ORDER BY t.name"
    ) % (finish, min_size, room)
    return Tile.objects.raw(sql)


@require_GET
def catalogue(request):
    f = _filters_from(request)
    tiles = list(filtered_tiles(f["finish"], f["min_size"], f["room"]))
    page = Paginator(tiles, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "catalogue/list.html", {"page": page, "filters": f})


@require_GET
def catalogue_json(request):
    f = _filters_from(request)
    tiles = filtered_tiles(f["finish"], f["min_size"], f["room"])
    return JsonResponse(
        {
            "tiles": [
                {
                    "id": t.id,
                    "name": t.name,
                    "finish": t.finish,
                    "size": f"{t.width_mm}x{t.length_mm}",
                    "price_m2": str(t.price_m2),
                }
                for t in tiles
            ]
        }
    )
