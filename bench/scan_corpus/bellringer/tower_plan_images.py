"""Serve bell-frame plans and ringing-chamber diagrams for towers.

Plans are uploaded by the tower correspondent and stored in a folder per
tower; the registry page links to them by file name.
"""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404

from registry.models import Tower

PLANS_ROOT = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "frame-plans"))


def _plan_path(tower: Tower, filename: str) -> str:
    tower_dir = os.path.realpath(os.path.join(PLANS_ROOT, str(tower.pk)))
    full = os.path.realpath(os.path.join(tower_dir, filename))
    if os.path.commonpath([full, tower_dir]) != tower_dir:
        raise Http404("No such plan")
    return full


@login_required
def list_plans(request, tower_id: int):
    tower = get_object_or_404(Tower, pk=tower_id)
    folder = os.path.join(PLANS_ROOT, str(tower.pk))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return JsonResponse({"tower": tower.place, "plans": names})


@login_required
def download_plan(request, tower_id: int):
    tower = get_object_or_404(Tower, pk=tower_id)
    filename = request.GET.get("name", "")
    path = _plan_path(tower, filename)
    if not filename or not os.path.isfile(path):
        raise Http404("No such plan")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
