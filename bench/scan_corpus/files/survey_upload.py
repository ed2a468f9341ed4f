from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

import pandas as pd

from .models import SurveyDataset


class DatasetUploadForm(forms.Form):
    name = forms.CharField(max_length=120)
    frame = forms.FileField(help_text="DataFrame exported with DataFrame.to_pickle()")


@login_required
def upload_dataset(request):
    if request.method != "POST":
        return render(request, "surveys/upload.html", {"form": DatasetUploadForm()})

    form = DatasetUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "surveys/upload.html", {"form": form}, status=400)

    df = pd.read_pickle(request.FILES["frame"])
    dataset = SurveyDataset.objects.create(
        owner=request.user,
        name=form.cleaned_data["name"],
        n_rows=len(df),
        columns=list(map(str, df.columns)),
    )
    dataset.store_frame(df)
    return redirect("surveys:dataset-detail", pk=dataset.pk)
