"""Public team profile pages."""
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from rosters.models import Team


def _roster_items(team):
    return format_html_join(
        "",
        '<li class="player"><span class="nick">{}</span> <span class="role">{}</span></li>',
        ((m.nickname, m.get_role_display()) for m in team.members.order_by("role")),
    )


def team_profile(request, slug):
    team = get_object_or_404(Team.objects.prefetch_related("members"), slug=slug)
    # captains write the bio in a plain textarea; keep their line breaks
    bio_html = mark_safe(team.bio.replace("\n", "<br>"))
    context = {
        "team": team,
        "bio_html": bio_html,
        "roster_html": _roster_items(team),
        "recent_matches": team.matches.finished().order_by("-played_at")[:10],
    }
    return render(request, "rosters/team_profile.html", context)
