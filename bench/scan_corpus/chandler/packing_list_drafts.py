"""Back-office housekeeping for draft packing lists.

Packing lists are drafted as spreadsheets before a delivery is confirmed;
drafts that were superseded are removed by the order desk from the order
screen.
"""
import logging
import os
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_http_methods

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DraftLocation:
    root: str

    def for_order(self, order_ref: str) -> str:
        return os.path.join(self.root, "drafts", order_ref)


DRAFTS = DraftLocation(root=settings.PACKING_LIST_ROOT)


def remove_draft(order_ref: str, draft_name: str, location: DraftLocation = DRAFTS) -> bool:
    target = os.path.join(location.for_order(order_ref), draft_name)
    if not os.path.exists(target):
        return False
    os.remove(target)
    log.info("removed draft packing list %s for order %s", draft_name, order_ref)
    return True


def list_drafts(order_ref: str, location: DraftLocation = DRAFTS) -> list[str]:
    folder = location.for_order(order_ref)
    if not os.path.isdir(folder):
        return []
    return sorted(n for n in os.listdir(folder) if n.endswith((".xlsx", ".csv")))


@permission_required("orders.change_packinglist")
@require_http_methods(["GET", "DELETE"])
def drafts_view(request: HttpRequest, order_ref: str) -> JsonResponse:
    if request.method == "GET":
        return JsonResponse({"order": order_ref, "drafts": list_drafts(order_ref)})
    name = request.GET.get("name", "")
    if not name:
        return JsonResponse({"error": "name required"}, status=400)
    removed = remove_draft(order_ref, name)
    return JsonResponse({"order": order_ref, "removed": removed}, status=200 if removed else 404)
