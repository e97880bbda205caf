"""Writes data/reporting/questionnaire-tip.json and questionnaire-som.json from texts.py, tip.py and som.py.
Run from the repository root: python3 tools/reporting/generate.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import T, LANGS
from tip import TIP
from som import SOM


def loc(t):
    assert len(t) == 6, t
    return {lang: t[i] for i, lang in enumerate(LANGS)}


def q(code, qtype, articles, text, required=False, help=None, options=None, show_when=None, indicator=None, min=None, max=None):
    d = {"code": code, "type": qtype, "articles": articles, "required": required, "text": loc(text)}
    if help: d["help"] = loc(help)
    if options: d["options"] = [{"code": c, "label": loc(l)} for c, l in options]
    if show_when: d["showWhen"] = {"question": show_when[0], "value": show_when[1]}
    if indicator: d["indicator"] = indicator
    if min is not None: d["min"] = min
    if max is not None: d["max"] = max
    return d


def section(prefix, code, title, questions, ta_articles):
    questions = questions + [
        q(f"{prefix}.{code}.ta", "yes-no", ta_articles, T["ta"], required=True, indicator="technical-assistance"),
        q(f"{prefix}.{code}.ta-details", "text", ta_articles, T["ta-details"], show_when=(f"{prefix}.{code}.ta", "yes")),
    ]
    return {"code": code, "title": loc(title), "questions": questions}


def opts(table, codes):
    return [(c, table.get("o." + c) or T["o." + c]) for c in codes]


def tip():
    p, X = "tip", TIP
    return {"code": "tip", "version": 1, "protocol": "TIP", "title": loc(T["title.tip"]), "sections": [
        section(p, "criminalization", T["s.criminalization"], [
            q("tip.criminalization.offence", "yes-no", [3, 5], X["crim.offence"], True, X["crim.offence.help"], indicator="criminalization"),
            q("tip.criminalization.forms", "multiple", [3, 5], X["crim.forms"], options=opts(X, ["sexual-exploitation", "forced-labour", "slavery", "servitude", "removal-of-organs"]),
              show_when=("tip.criminalization.offence", "yes")),
            q("tip.criminalization.attempt", "yes-no", [5], X["crim.attempt"]),
            q("tip.criminalization.law", "legal-reference", [5], T["law"], help=T["law.help"], show_when=("tip.criminalization.offence", "yes")),
            q("tip.criminalization.convictions", "number", [5], X["crim.convictions"], min=0, max=1000000),
        ], [5]),
        section(p, "assistance", T["s.assistance"], [
            q("tip.assistance.privacy", "yes-no", [6], X["assist.privacy"], True),
            q("tip.assistance.services", "multiple", [6], X["assist.services"], options=opts(X, ["housing", "medical", "legal-information", "employment", "compensation"])),
            q("tip.assistance.residence", "yes-no", [7], X["assist.residence"]),
        ], [6, 7]),
        section(p, "repatriation", T["s.repatriation"], [
            q("tip.repatriation.procedure", "yes-no", [8], X["repat.procedure"], True, indicator="repatriation"),
            q("tip.repatriation.verification", "yes-no", [8], X["repat.verification"]),
            q("tip.repatriation.days", "number", [8], X["repat.days"], min=0, max=365),
        ], [8]),
        section(p, "prevention", T["s.prevention.tip"], [
            q("tip.prevention.campaigns", "yes-no", [9], X["prev.campaigns"]),
            q("tip.prevention.demand", "yes-no", [9], X["prev.demand"], True, indicator="demand"),
            q("tip.prevention.demand-measures", "multiple", [9], X["prev.demand-measures"],
              options=opts(X, ["legislative", "educational", "social-cultural", "supply-chains"]), show_when=("tip.prevention.demand", "yes")),
        ], [9]),
        section(p, "information", T["s.information"], [
            q("tip.information.exchange", "yes-no", [10], X["info.exchange"]),
            q("tip.information.training", "multiple", [10], T["training"],
              options=opts(X, ["judges", "prosecutors", "law-enforcement", "immigration", "victim-services"])),
            q("tip.information.trained", "number", [10], T["trained"], min=0, max=1000000),
        ], [10]),
        section(p, "border", T["s.border"], [
            q("tip.border.carriers", "yes-no", [11], T["carriers"]),
            q("tip.border.cooperation", "yes-no", [11], T["border-cooperation"]),
        ], [11]),
        section(p, "documents", T["s.documents"], [
            q("tip.documents.security", "yes-no", [12], T["doc-security"], True, T["doc-security.help"], indicator="document-security"),
            q("tip.documents.mrz", "yes-no", [12], T["doc-mrz"]),
            q("tip.documents.verification", "yes-no", [13], T["doc-verification"]),
            q("tip.documents.last-review", "date", [12], T["doc-review"]),
        ], [12, 13]),
        section(p, "institutional", T["s.institutional"], [
            q("tip.institutional.body", "yes-no", [], X["inst.body"], True, X["inst.body.help"], indicator="coordinating-body"),
            q("tip.institutional.plan", "yes-no", [], X["inst.plan"], True, indicator="action-plan"),
            q("tip.institutional.plan-document", "attachment", [], T["inst-plan-doc"], show_when=("tip.institutional.plan", "yes")),
            q("tip.institutional.referral", "yes-no", [6], X["inst.referral"], indicator="referral-mechanism"),
            q("tip.institutional.data", "single", [], T["inst-data.tip"], options=opts(X, ["central", "agencies", "none"])),
        ], []),
    ]}


def som():
    p, X = "som", SOM
    return {"code": "som", "version": 1, "protocol": "SOM", "title": loc(T["title.som"]), "sections": [
        section(p, "criminalization", T["s.criminalization"], [
            q("som.criminalization.offence", "yes-no", [3, 6], X["crim.offence"], True, X["crim.offence.help"], indicator="criminalization"),
            q("som.criminalization.documents", "yes-no", [6], X["crim.documents"]),
            q("som.criminalization.aggravating", "multiple", [6], X["crim.aggravating"], options=opts(X, ["endangering-life", "degrading-treatment"])),
            q("som.criminalization.migrants-not-liable", "yes-no", [5], X["crim.migrants-not-liable"]),
            q("som.criminalization.law", "legal-reference", [6], T["law"], help=T["law.help"], show_when=("som.criminalization.offence", "yes")),
        ], [6]),
        section(p, "protection", T["s.protection"], [
            q("som.protection.rights", "yes-no", [16], X["prot.rights"], True),
            q("som.protection.assistance", "multiple", [16], X["prot.assistance"], options=opts(X, ["emergency-care", "shelter", "women-children"])),
            q("som.protection.consular", "yes-no", [16], X["prot.consular"]),
        ], [16]),
        section(p, "return", T["s.return"], [
            q("som.return.procedure", "yes-no", [18], X["return.procedure"], True, indicator="return"),
            q("som.return.agreements", "yes-no", [18], X["return.agreements"]),
            q("som.return.returned", "number", [18], X["return.returned"], min=0, max=10000000),
        ], [18]),
        section(p, "prevention", T["s.prevention.som"], [
            q("som.prevention.information", "yes-no", [15], X["prev.information"]),
            q("som.prevention.root-causes", "yes-no", [15], X["prev.root-causes"]),
        ], [15]),
        section(p, "information", T["s.information"], [
            q("som.information.exchange", "yes-no", [10], X["info.exchange"]),
            q("som.information.training", "multiple", [14], T["training"],
              options=opts(X, ["judges", "prosecutors", "law-enforcement", "immigration", "other-officials"])),
            q("som.information.trained", "number", [14], T["trained"], min=0, max=1000000),
        ], [10, 14]),
        section(p, "border", T["s.border"], [
            q("som.border.carriers", "yes-no", [11], T["carriers"]),
            q("som.border.cooperation", "yes-no", [11], T["border-cooperation"]),
        ], [11]),
        section(p, "documents", T["s.documents"], [
            q("som.documents.security", "yes-no", [12], T["doc-security"], True, T["doc-security.help"], indicator="document-security"),
            q("som.documents.mrz", "yes-no", [12], T["doc-mrz"]),
            q("som.documents.verification", "yes-no", [13], T["doc-verification"]),
            q("som.documents.last-review", "date", [12], T["doc-review"]),
        ], [12, 13]),
        section(p, "institutional", T["s.institutional"], [
            q("som.institutional.body", "yes-no", [], X["inst.body"], True, indicator="coordinating-body"),
            q("som.institutional.plan", "yes-no", [], X["inst.plan"], True, indicator="action-plan"),
            q("som.institutional.plan-document", "attachment", [], T["inst-plan-doc"], show_when=("som.institutional.plan", "yes")),
            q("som.institutional.data", "single", [], T["inst-data.som"], options=opts(X, ["central", "agencies", "none"])),
        ], []),
    ]}


os.makedirs("data/reporting", exist_ok=True)
for name, build in (("tip", tip), ("som", som)):
    with open(f"data/reporting/questionnaire-{name}.json", "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
print("written")
