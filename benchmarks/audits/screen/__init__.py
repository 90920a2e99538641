"""Film and television material: two invented productions' subtitles, script, catalogue
page and credits. A feature's scene as Korean barrier-free subtitles (an insert title
"[자막: 서울, 1987년]" and sound descriptions Korean only) and English release subtitles (a
translator's credit English only) that split and merge cues and are timed apart, speaker
dashes ("- 표 한 장이요." / "- 어른이요?", and "-알아 -그럼 왜 울어" without full stops), a
song and an announcement in italics; a TV series' scene as a fansub keeps it (speakers, a
typeset sign, a song, a sound description English only); a script scene in Korean drama
form ("S#12. 병원 복도 (밤)", "수진\t(혼잣말) …", "(E)", "(F)", "NA", a writer's note) against
US screenplay form ("INT. HOSPITAL CORRIDOR - NIGHT", names in caps on their own line,
parentheticals, "(O.S.)", "(ON PHONE)", "(V.O.)", "CUT TO:"); the feature's festival
catalogue page (credits, "118분" / "118 min", synopsis, statement, filmography, awards, a
programmer's byline, screenings, a line each side only); its end credits (roles and
romanized names, the cast's columns swapped) (``gold.py``), in ten layouts (two .srt timed
apart; one dual .srt; one .ass of two styles; two .vtt with cue settings and voice tags;
the script as two .txt and two .docx; the page as one bilingual .txt either language first
and as two .html with the festival site's chrome; the credits as two .txt: ``make.py``);
scored on units found whole or as their fair readings, one-sided lines kept out of pairs,
site chrome in no wrong pair, and text lost (``score.py``, ``hr``'s)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
