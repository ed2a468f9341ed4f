"""Views over the register of mills we maintain (post mills, tower mills,
smock mills, undershot and overshot watermills)."""
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from assets.models import MillAsset

PAGE_SIZE = 25

ASSET_SEARCH_SQL = """
    SELECT a.id, a.name, a.mill_type, a.county, a.grid_ref, a.listed_grade,
           max(i.inspected_on) AS last_inspected
      FROM assets_millasset a
      LEFT JOIN inspections_report i ON i.asset_id = a.id
     WHERE a.county = %s
       AND (a.name ILIKE %s OR a.grid_ref ILIKE %s)
     GROUP BY a.id
     ORDER BY a.name
"""


@login_required
def asset_search(request):
    county = request.GET.get("county", "")
    query = request.GET.get("q", "").strip()
    pattern = f"%{query}%"
    assets = list(MillAsset.objects.raw(ASSET_SEARCH_SQL, [county, pattern, pattern]))
    page = Paginator(assets, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "assets/search.html",
        {"page": page, "county": county, "q": query},
    )


@login_required
def asset_detail(request, asset_id: int):
    asset = MillAsset.objects.select_related("contract").get(pk=asset_id)
    reports = asset.reports.order_by("-inspected_on")[:20]
    return render(request, "assets/detail.html", {"asset": asset, "reports": reports})
