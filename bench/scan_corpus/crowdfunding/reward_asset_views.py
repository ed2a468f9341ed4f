"""Digital reward downloads for backers (PDF art books, soundtrack zips, STL files)."""

import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404

from pledges.models import Pledge
from rewards.models import Reward


def _asset_path(reward: Reward, name: str) -> str:
    base = os.path.join(settings.REWARD_ASSET_ROOT, f"reward_{reward.pk}")
    return os.path.normpath(os.path.join(base, name))


def _backer_owns(user, reward: Reward) -> bool:
    return Pledge.objects.filter(
        backer=user, reward=reward, status__in=("collected", "fulfilled")
    ).exists()


@login_required
def download_asset(request, reward_id: int):
    reward = get_object_or_404(Reward, pk=reward_id, is_digital=True)
    if not _backer_owns(request.user, reward):
        return HttpResponseForbidden()
    name = request.GET.get("name", "").strip()
    if not name:
        raise Http404("no asset requested")
    path = _asset_path(reward, name)
    if not os.path.isfile(path):
        raise Http404("asset not found")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
