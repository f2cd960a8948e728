"""The FAQ after the trial (issues 8 and 9): texts that say what changed on 1.1.2025 and who serves
a job seeker now, with the trial's facts in the past tense and the corrected rules (short unemployment
was a choice to stay with the TE office; moving back on request only from 1.6.2021 and only for the
act's three reasons; change security for dismissed 55+ from 1.1.2023; temporary protection from
1.3.2023).

An existing database gets the new texts without losing staff work:
- an entry is replaced only while all six texts (question and answer in fi, sv, en) are still the
  ones shipped before (line endings and surrounding blanks aside, as the admin may save them);
  an entry staff edited is left as it is, and so are its `published` flag and, if staff moved it,
  its `order`;
- the new questions are added unless an entry with the same Finnish question exists;
- an empty database is left alone: load_portal_data loads portal/data/faq.json there.

The texts are frozen here (SHIPPED_BEFORE, SHIPPED_NOW), not read from portal/data/faq.json, so this
migration means the same thing after faq.json changes again. Reversible: entries still holding the
new texts get the old ones back, and added entries still holding their shipped texts are removed.
"""

from django.db import migrations

FIELDS = ('question_fi', 'question_sv', 'question_en', 'answer_fi', 'answer_sv', 'answer_en')

# (index in SHIPPED_BEFORE, index in SHIPPED_NOW): the new text that replaces an old one.
REPLACES = [(0, 2), (1, 3), (2, 4), (3, 5), (4, 6), (5, 7), (6, 8), (7, 9), (8, 12), (9, 14), (10, 15), (11, 16)]


def _clean(value) -> str:
    return (value or "").replace("\r\n", "\n").strip()


def _texts(entry) -> tuple[str, ...]:
    """The six texts of a row or of a shipped entry (a dict), comparable with each other."""
    get = entry.get if isinstance(entry, dict) else lambda field: getattr(entry, field)
    return tuple(_clean(get(field)) for field in FIELDS)


def _order(index: int) -> int:
    return (index + 1) * 10  # as load_portal_data numbers them


def _set_texts(row, texts: dict) -> None:
    for field in FIELDS:
        setattr(row, field, texts[field])
    # The untranslated columns mirror the Finnish ones (modeltranslation's fallback).
    row.question = texts["question_fi"]
    row.answer = texts["answer_fi"]


def _swap(FaqEntry, before: list, after: list, pairs) -> None:
    """Give every row that still holds before[i] the texts of after[j], for each (i, j) in pairs."""
    by_texts = {}
    for row in FaqEntry.objects.all():
        by_texts.setdefault(_texts(row), []).append(row)
    for old_index, new_index in pairs:
        for row in by_texts.pop(_texts(before[old_index]), []):
            _set_texts(row, after[new_index])
            if row.order == _order(old_index):
                row.order = _order(new_index)
            row.save()


def forwards(apps, schema_editor):
    FaqEntry = apps.get_model("portal", "FaqEntry")
    if not FaqEntry.objects.exists():
        return
    _swap(FaqEntry, SHIPPED_BEFORE, SHIPPED_NOW, REPLACES)
    replaced = {new_index for _, new_index in REPLACES}
    questions = {_clean(q) for q in FaqEntry.objects.values_list("question_fi", flat=True)}
    for index, texts in enumerate(SHIPPED_NOW):
        if index in replaced or _clean(texts["question_fi"]) in questions:
            continue
        row = FaqEntry(order=_order(index), published=True)
        _set_texts(row, texts)
        row.save()
    _bump()


def backwards(apps, schema_editor):
    FaqEntry = apps.get_model("portal", "FaqEntry")
    if not FaqEntry.objects.exists():
        return
    _swap(FaqEntry, SHIPPED_NOW, SHIPPED_BEFORE, [(new, old) for old, new in REPLACES])
    replaced = {new_index for _, new_index in REPLACES}
    added = {_texts(texts) for index, texts in enumerate(SHIPPED_NOW) if index not in replaced}
    for row in FaqEntry.objects.all():
        if _texts(row) in added:
            row.delete()
    _bump()


def _bump():
    try:
        from portal.directory import bump_data_version

        bump_data_version()  # cached snapshots and pages were built from the old texts
    except Exception:  # no shared cache while migrating: it starts empty, nothing to invalidate
        pass


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_shipped_data_2025"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]


# portal/data/faq.json as shipped before this migration (12 entries).
SHIPPED_BEFORE = [{'question_fi': 'Mikä työllisyyden kuntakokeilu oli?',
  'question_sv': 'Vad var kommunförsöket med sysselsättning?',
  'question_en': 'What was the local government pilot on employment?',
  'answer_fi': 'Työllisyyden kuntakokeilussa osa työnhakijoista sai työllisyyspalvelut kotikunnaltaan eikä '
               'TE-toimistolta. Kokeilu kesti 1.3.2021–31.12.2024.\n'
               '\n'
               'Kokeilu tehtiin kokeilualueilla. Kokeilualue oli yksi kunta tai usean kunnan ryhmä. Jokainen '
               'kokeilukunta vastasi omista asukkaistaan. Kaikki kokeilualueet ja kokeilukunnat löydät tämän '
               'palvelun Kokeilualueet-sivulta.\n'
               '\n'
               'Kokeilu päättyi 31.12.2024. Siitä lähtien eli 1.1.2025 alkaen kaikki työllisyyspalvelut ovat '
               'kuntien ja työllisyysalueiden vastuulla. TE-toimistoja ei enää ole.',
  'answer_sv': 'I kommunförsöket med sysselsättning fick en del arbetssökande sina sysselsättningstjänster '
               'av sin hemkommun och inte av arbets- och näringsbyrån (TE-byrån). Försöket pågick '
               '1.3.2021–31.12.2024.\n'
               '\n'
               'Försöket genomfördes i försöksområden. Ett försöksområde var en kommun eller en grupp av '
               'kommuner. Varje försökskommun ansvarade för sina egna invånare. Alla försöksområden och '
               'försökskommuner finns i förteckningen över försöksområden i den här tjänsten.\n'
               '\n'
               'Försöket upphörde 31.12.2024. Från och med 1.1.2025 ansvarar kommunerna och '
               'sysselsättningsområdena för alla sysselsättningstjänster. TE-byråerna finns inte längre.',
  'answer_en': 'In the local government pilot on employment, some jobseekers got their employment services '
               'from their home municipality and not from the TE Office (Employment and Economic Development '
               'Office). The pilot ran from 1.3.2021 to 31.12.2024.\n'
               '\n'
               'The pilot took place in pilot areas. A pilot area was one municipality or a group of '
               'municipalities. Each pilot municipality was responsible for its own residents. You can find '
               'all pilot areas and pilot municipalities in the list of pilot areas in this service.\n'
               '\n'
               'The pilot ended on 31.12.2024. Since 1.1.2025, municipalities and employment areas are '
               'responsible for all employment services. TE Offices no longer exist.'},
 {'question_fi': 'Kuka oli kokeilun asiakas?',
  'question_sv': 'Vem var kund i försöket?',
  'question_en': 'Who was a client of the pilot?',
  'answer_fi': 'Olit kokeilun asiakas, jos kaikki kolme asiaa olivat totta:\n'
               '\n'
               '1. Kotikuntasi oli kokeilukunta.\n'
               '\n'
               '2. Olit ilmoittautunut työnhakijaksi, ja olit\n'
               '– työtön (myös kokonaan lomautettu tai alle 4 tuntia viikossa työtä tekevä) tai\n'
               '– vaarassa jäädä työttömäksi kahden viikon sisällä, esimerkiksi irtisanottu tai\n'
               '– palkkatuella tai starttirahalla työllistetty tai\n'
               '– työllistymistä edistävissä palveluissa, esimerkiksi koulutuksessa tai työkokeilussa.\n'
               '\n'
               '3. Ainakin yksi asiakasryhmä koski sinua:\n'
               '– Sinulla ei ollut oikeutta ansiopäivärahaan. Tähän ryhmään kuuluivat esimerkiksi ne, jotka '
               'saivat Kelasta työmarkkinatukea tai peruspäivärahaa, ja ne, jotka eivät saaneet mitään '
               'etuutta.\n'
               '– Olit alle 30-vuotias. Etuudella ei ollut väliä.\n'
               '– Olit vieraskielinen tai maahanmuuttaja. Iällä ja etuudella ei ollut väliä. Vieraskielinen '
               'tarkoittaa, että äidinkielesi väestötietojärjestelmässä on muu kuin suomi, ruotsi tai saame. '
               'Maahanmuuttajana kunnat pitivät käytännössä henkilöä, joka ei ole Suomen kansalainen.\n'
               '\n'
               'Jos olit tavallisessa työssä ja hait toista työtä, et ollut kokeilun asiakas.\n'
               '\n'
               'Etkö tiedä, onko sinulla oikeus ansiopäivärahaan? Yleensä oikeus on, jos olet '
               'työttömyyskassan jäsen ja täytät työssäoloehdon. Työttömyyskassa tai Kela osaa kertoa.\n'
               '\n'
               'Säännöt muuttuivat kokeilun aikana. Aluksi alle 30-vuotiaat ja vieraskieliset olivat '
               'asiakkaita vain, jos he olivat työttömiä. 1.6.2021 alkaen he olivat asiakkaita myös '
               'palveluissa ja palkkatuetussa työssä. 2.5.2022 alkaen asiakkaita olivat myös ne, jotka '
               'olivat vaarassa jäädä työttömäksi kahden viikon sisällä.',
  'answer_sv': 'Du var kund i försöket om alla tre saker stämde:\n'
               '\n'
               '1. Din hemkommun var en försökskommun.\n'
               '\n'
               '2. Du var anmäld som arbetssökande och du var\n'
               '– arbetslös (också helt permitterad eller arbetade mindre än 4 timmar i veckan) eller\n'
               '– i risk att bli arbetslös inom två veckor, till exempel uppsagd, eller\n'
               '– sysselsatt med lönesubvention eller startpeng eller\n'
               '– i sysselsättningsfrämjande service, till exempel utbildning eller arbetsprövning.\n'
               '\n'
               '3. Minst en kundgrupp gällde dig:\n'
               '– Du hade inte rätt till inkomstrelaterad dagpenning. Till den här gruppen hörde till '
               'exempel de som fick arbetsmarknadsstöd eller grunddagpenning från FPA och de som inte fick '
               'någon förmån alls.\n'
               '– Du var under 30 år. Förmånen spelade ingen roll.\n'
               '– Du hade ett främmande språk som modersmål eller var invandrare. Ålder och förmån spelade '
               'ingen roll. Främmande språk betyder att ditt modersmål i befolkningsdatasystemet är något '
               'annat än finska, svenska eller samiska. Som invandrare räknade kommunerna i praktiken den '
               'som inte är finsk medborgare.\n'
               '\n'
               'Om du hade ett vanligt arbete och sökte ett annat arbete var du inte kund i försöket.\n'
               '\n'
               'Vet du inte om du har rätt till inkomstrelaterad dagpenning? Oftast har du det om du är '
               'medlem i en arbetslöshetskassa (a-kassa) och uppfyller arbetsvillkoret. A-kassan eller FPA '
               'kan svara.\n'
               '\n'
               'Reglerna ändrades under försöket. I början var personer under 30 år och personer med ett '
               'främmande språk som modersmål kunder bara om de var arbetslösa. Från och med 1.6.2021 var de '
               'kunder också i service och i arbete med lönesubvention. Från och med 2.5.2022 kunde också de '
               'som riskerade att bli arbetslösa inom två veckor bli kunder.',
  'answer_en': 'You were a client of the pilot if all three things were true:\n'
               '\n'
               '1. Your home municipality was a pilot municipality.\n'
               '\n'
               '2. You were registered as a jobseeker, and you were\n'
               '– unemployed (also fully laid off, or working less than 4 hours a week), or\n'
               '– at risk of becoming unemployed within two weeks, for example after a notice of dismissal, '
               'or\n'
               '– employed with a pay subsidy or a start-up grant, or\n'
               '– in services promoting employment, for example training or a work trial.\n'
               '\n'
               '3. At least one client group applied to you:\n'
               '– You were not entitled to earnings-related unemployment allowance. This group included, for '
               'example, people who got labour market subsidy or basic unemployment allowance from Kela, and '
               'people who got no benefit at all.\n'
               '– You were under 30. Your benefit did not matter.\n'
               '– You were a foreign-language speaker or an immigrant. Your age and benefit did not matter. '
               'Foreign-language speaker means that your mother tongue in the population register is not '
               'Finnish, Swedish or Sámi. In practice, the municipalities treated a person who is not a '
               'Finnish citizen as an immigrant.\n'
               '\n'
               'If you had an ordinary job and were looking for another job, you were not a client of the '
               'pilot.\n'
               '\n'
               'Not sure if you are entitled to earnings-related unemployment allowance? Usually you are if '
               'you are a member of an unemployment fund and meet the employment condition. Your '
               'unemployment fund or Kela can tell you.\n'
               '\n'
               'The rules changed during the pilot. At first, people under 30 and foreign-language speakers '
               'were clients only if they were unemployed. From 1.6.2021 they were clients also in services '
               'and in pay-subsidised work. From 2.5.2022 people at risk of becoming unemployed within two '
               'weeks were clients too.'},
 {'question_fi': 'Mistä tiesin, että olin kokeilun asiakas?',
  'question_sv': 'Hur visste jag att jag var kund i försöket?',
  'question_en': 'How did I know that I was a client of the pilot?',
  'answer_fi': 'TE-toimisto siirsi kokeilun asiakkaat heidän kotikuntansa asiakkaiksi. TE-toimisto kertoi '
               'siirrosta kirjeellä ja TE-palvelujen Oma asiointi -verkkopalvelussa.\n'
               '\n'
               'Jos et ole varma, olitko asiakas, katso viestit Oma asiointi -palvelusta. Voit myös '
               'tarkistaa tilanteesi tämän palvelun kyselyllä ”Olenko kuntakokeilun asiakas?”.',
  'answer_sv': 'TE-byrån överförde försökets kunder till deras hemkommun. TE-byrån meddelade om överföringen '
               'med brev och i TE-tjänsternas webbtjänst Mina e-tjänster.\n'
               '\n'
               'Om du inte är säker på om du var kund kan du läsa meddelandena i Mina e-tjänster. Du kan '
               'också svara på frågorna om du var kund i försöket här i tjänsten.',
  'answer_en': 'The TE Office transferred the clients of the pilot to their home municipality. The TE Office '
               "told you about the transfer by letter and in the TE services' online service E-Services (Oma "
               'asiointi).\n'
               '\n'
               'If you are not sure whether you were a client, look at the messages in E-Services. You can '
               'also answer the questions about being a client here in this service.'},
 {'question_fi': 'En ollut ilmoittautunut työnhakijaksi. Mitä minun piti tehdä?',
  'question_sv': 'Jag hade inte anmält mig som arbetssökande. Vad skulle jag göra?',
  'question_en': 'I had not registered as a jobseeker. What should I have done?',
  'answer_fi': 'Kaikki aloittivat samalla tavalla: ilmoittautumalla työnhakijaksi TE-palvelujen Oma asiointi '
               '-verkkopalvelussa (te-palvelut.fi). Myös kokeilun asiakkaat ilmoittautuivat työnhakijaksi '
               'siellä.\n'
               '\n'
               'Sen jälkeen TE-toimisto katsoi, kuuluitko kokeiluun. Jos kuuluit, TE-toimisto siirsi sinut '
               'kotikuntasi asiakkaaksi ja kertoi siitä kirjeellä ja Oma asiointi -palvelussa.',
  'answer_sv': 'Alla började på samma sätt: genom att anmäla sig som arbetssökande i TE-tjänsternas '
               'webbtjänst Mina e-tjänster (te-palvelut.fi). Också försökets kunder anmälde sig som '
               'arbetssökande där.\n'
               '\n'
               'Sedan såg TE-byrån efter om du hörde till försöket. Om du gjorde det överförde TE-byrån dig '
               'till din hemkommun och meddelade det med brev och i Mina e-tjänster.',
  'answer_en': "Everyone started the same way: by registering as a jobseeker in the TE services' online "
               'service E-Services (Oma asiointi) at te-palvelut.fi. Clients of the pilot also registered as '
               'jobseekers there.\n'
               '\n'
               'After that, the TE Office checked whether you belonged to the pilot. If you did, the TE '
               'Office transferred you to your home municipality and told you by letter and in E-Services.'},
 {'question_fi': 'Täytin 30 vuotta tai sain oikeuden ansiopäivärahaan. Olinko vielä kokeilun asiakas?',
  'question_sv': 'Jag fyllde 30 eller fick rätt till inkomstrelaterad dagpenning. Var jag fortfarande kund i '
                 'försöket?',
  'question_en': 'I turned 30 or became entitled to earnings-related allowance. Was I still a client of the '
                 'pilot?',
  'answer_fi': 'Kyllä. Kun olit kerran kokeilun asiakas, pysyit asiakkaana kokeilun loppuun asti, vaikka '
               'mikään asiakasryhmä ei enää koskenut sinua. Esimerkiksi 30 vuoden ikä tai uusi oikeus '
               'ansiopäivärahaan ei muuttanut asiakkuutta.\n'
               '\n'
               'Jos olit välillä pois työnhakijoista esimerkiksi lyhyen työn tai koulutuksen takia ja '
               'ilmoittauduit sitten uudelleen työnhakijaksi, palasit kokeilun asiakkaaksi.\n'
               '\n'
               'Asiakkuus saattoi kuitenkin muuttua, jos kotikuntasi muuttui. Lue kysymys muuttamisesta.',
  'answer_sv': 'Ja. När du väl var kund i försöket fortsatte du som kund tills försöket tog slut, också om '
               'ingen kundgrupp längre gällde dig. Till exempel att du fyllde 30 eller fick rätt till '
               'inkomstrelaterad dagpenning ändrade inte kundrelationen.\n'
               '\n'
               'Om du en tid inte var arbetssökande, till exempel på grund av ett kort arbete eller en '
               'utbildning, och sedan anmälde dig som arbetssökande igen, blev du kund i försöket igen.\n'
               '\n'
               'Kundrelationen kunde ändå ändras om din hemkommun ändrades. Läs frågan om att flytta.',
  'answer_en': 'Yes. Once you were a client of the pilot, you stayed a client until the pilot ended, even if '
               'no client group applied to you any more. For example, turning 30 or becoming entitled to '
               'earnings-related unemployment allowance did not change your client status.\n'
               '\n'
               'If you stopped being a jobseeker for a while, for example because of a short job or '
               'training, and then registered as a jobseeker again, you became a client of the pilot again.\n'
               '\n'
               'Your client status could still change if your home municipality changed. Read the question '
               'about moving.'},
 {'question_fi': 'Olin työtön vain lyhyen aikaa. Siirryinkö kokeiluun?',
  'question_sv': 'Jag var arbetslös bara en kort tid. Blev jag kund i försöket?',
  'question_en': 'I was unemployed only for a short time. Did I become a client of the pilot?',
  'answer_fi': 'Et siirtynyt, jos työttömyytesi oli lyhyt ja sen loppu oli jo tiedossa. Silloin pysyit '
               'TE-toimiston asiakkaana. Esimerkiksi:\n'
               '– olit lyhyesti lomautettu ja työ jatkui sen jälkeen\n'
               '– työttömyys päättyi pian, koska alkoi vanhempainvapaa, varusmiespalvelus, siviilipalvelus '
               'tai jokin muu vastaava.\n'
               '\n'
               'Jos olit jo kokeilun asiakas ja tilanteesi muuttui tällaiseksi, sinut siirrettiin takaisin '
               'TE-toimistoon.',
  'answer_sv': 'Nej, inte om din arbetslöshet var kort och du redan visste när den skulle ta slut. Då '
               'fortsatte du som kund hos TE-byrån. Till exempel:\n'
               '– du var permitterad en kort tid och arbetet fortsatte sedan\n'
               '– arbetslösheten tog snart slut eftersom du skulle börja föräldraledighet, beväringstjänst, '
               'civiltjänst eller något annat liknande.\n'
               '\n'
               'Om du redan var kund i försöket och din situation blev sådan, överfördes du tillbaka till '
               'TE-byrån.',
  'answer_en': 'No, not if your unemployment was short and you already knew when it would end. Then you '
               'stayed a client of the TE Office. For example:\n'
               '– you were laid off for a short time and your work continued after that\n'
               '– your unemployment ended soon because parental leave, military service, non-military '
               'service or something similar began.\n'
               '\n'
               'If you were already a client of the pilot and your situation changed like this, you were '
               'moved back to the TE Office.'},
 {'question_fi': 'Halusin palvelua ruotsiksi. Mitä saatoin tehdä?',
  'question_sv': 'Jag ville ha service på svenska. Vad kunde jag göra?',
  'question_en': 'I wanted service in Swedish. What could I do?',
  'answer_fi': 'Kaksikielisissä kokeilukunnissa sai palvelua sekä suomeksi että ruotsiksi.\n'
               '\n'
               'Jos kotikuntasi oli yksikielinen suomenkielinen kokeilukunta ja halusit palvelua ruotsiksi, '
               'sait jäädä TE-toimiston asiakkaaksi. Jos sinut oli jo siirretty kokeiluun, sait pyytää, että '
               'sinut siirretään takaisin TE-toimistoon.\n'
               '\n'
               'Kunnan kielellinen asema näkyy tämän palvelun kuntasivulla. Kaikki kokeilukunnat löydät '
               'Kokeilualueet-sivulta.',
  'answer_sv': 'I de tvåspråkiga försökskommunerna fick man service både på finska och på svenska.\n'
               '\n'
               'Om din hemkommun var en enspråkigt finsk försökskommun och du ville ha service på svenska, '
               'fick du fortsätta som kund hos TE-byrån. Om du redan hade överförts till försöket kunde du '
               'be att bli överförd tillbaka till TE-byrån.\n'
               '\n'
               'Kommunens språkliga status står på kommunens sida i den här tjänsten. Alla försökskommuner '
               'finns i förteckningen över försöksområden.',
  'answer_en': 'In the bilingual pilot municipalities you could get service in both Finnish and Swedish.\n'
               '\n'
               'If your home municipality was a monolingual Finnish pilot municipality and you wanted '
               'service in Swedish, you could stay a client of the TE Office. If you had already been '
               'transferred to the pilot, you could ask to be moved back to the TE Office.\n'
               '\n'
               "The language status of each municipality is shown on the municipality's page in this "
               'service. You can find all pilot municipalities in the list of pilot areas.'},
 {'question_fi': 'Sainko pyytää, että minut siirretään takaisin TE-toimistoon?',
  'question_sv': 'Kunde jag be att bli överförd tillbaka till TE-byrån?',
  'question_en': 'Could I ask to be moved back to the TE Office?',
  'answer_fi': 'Kyllä. 1.6.2021 alkaen kokeilun asiakas sai pyytää TE-toimistoa siirtämään hänet takaisin '
               'TE-toimiston asiakkaaksi tai toisen kokeilukunnan asiakkaaksi. Syy saattoi olla:\n'
               '– kielelliset oikeudet, esimerkiksi palvelu ruotsiksi\n'
               '– sopimaton asiakassuhde, esimerkiksi turvallisuuden takia\n'
               '– jokin muu perusteltu syy.\n'
               '\n'
               'Toisen kokeilukunnan asiakkaaksi pääsi vain, jos se kunta suostui siihen.',
  'answer_sv': 'Ja. Från och med 1.6.2021 kunde en kund i försöket be TE-byrån att överföra kundrelationen '
               'tillbaka till TE-byrån eller till en annan försökskommun. Skälet kunde vara:\n'
               '– språkliga rättigheter, till exempel service på svenska\n'
               '– en olämplig kundrelation, till exempel av säkerhetsskäl\n'
               '– något annat motiverat skäl.\n'
               '\n'
               'Kundrelationen kunde överföras till en annan försökskommun bara om den kommunen gick med på '
               'det.',
  'answer_en': 'Yes. From 1.6.2021, a client of the pilot could ask the TE Office to move them back to the '
               'TE Office or to another pilot municipality. The reason could be:\n'
               '– language rights, for example service in Swedish\n'
               '– a client relationship that did not work, for example for safety reasons\n'
               '– another justified reason.\n'
               '\n'
               'You could move to another pilot municipality only if that municipality agreed.'},
 {'question_fi': 'Mitä tapahtui, kun muutin toiseen kuntaan?',
  'question_sv': 'Vad hände när jag flyttade till en annan kommun?',
  'question_en': 'What happened when I moved to another municipality?',
  'answer_fi': 'Kokeilussa ratkaisi kotikunta eli kunta, joka on merkitty väestötietojärjestelmään. '
               'Katuosoite tai lähin toimipiste ei ratkaissut. Muuttoilmoitus piti tehdä viimeistään viikon '
               'kuluttua muuttopäivästä.\n'
               '\n'
               'Jos olit kokeilun asiakas ja muutit\n'
               '– saman kokeilualueen toiseen kuntaan: pysyit saman alueen kokeilussa, mutta nyt uusi '
               'kotikuntasi vastasi sinusta\n'
               '– toisen kokeilualueen kuntaan: sinusta tuli uuden kotikuntasi kokeilun asiakas\n'
               '– kuntaan, joka ei ollut kokeilussa: palasit sen TE-toimiston asiakkaaksi, joka palveli '
               'uutta kotikuntaasi.\n'
               '\n'
               'Jos et ollut kokeilun asiakas ja muutit kokeilukuntaan, sinusta tuli asiakas, jos jokin '
               'asiakasryhmä koski sinua. Muutto saman kunnan sisällä ei muuttanut mitään.\n'
               '\n'
               'Voit tarkistaa oman tilanteesi tämän palvelun kyselyllä ”Mitä tapahtuu, jos muutan?”.',
  'answer_sv': 'I försöket var det hemkommunen som avgjorde, alltså den kommun som står i '
               'befolkningsdatasystemet. Gatuadressen eller närmaste serviceställe avgjorde inte. '
               'Flyttningen skulle anmälas senast en vecka efter flyttdagen.\n'
               '\n'
               'Om du var kund i försöket och flyttade\n'
               '– till en annan kommun i samma försöksområde: du fortsatte i samma områdes försök, men nu '
               'ansvarade din nya hemkommun för dig\n'
               '– till en kommun i ett annat försöksområde: du blev kund i din nya hemkommuns försök\n'
               '– till en kommun som inte var med i försöket: du blev kund igen hos den TE-byrå som '
               'betjänade din nya hemkommun.\n'
               '\n'
               'Om du inte var kund i försöket och flyttade till en försökskommun, blev du kund om någon '
               'kundgrupp gällde dig. En flyttning inom samma kommun ändrade ingenting.\n'
               '\n'
               'Du kan kontrollera din egen situation med frågorna om flyttning här i tjänsten.',
  'answer_en': 'In the pilot, your home municipality decided: the municipality recorded in the population '
               'register. Your street address or the nearest office did not decide. You had to report your '
               'move at the latest one week after moving day.\n'
               '\n'
               'If you were a client of the pilot and moved\n'
               "– to another municipality in the same pilot area: you stayed in the same area's pilot, but "
               'now your new home municipality was responsible for you\n'
               '– to a municipality in another pilot area: you became a client of your new home '
               "municipality's pilot\n"
               '– to a municipality outside the pilot: you became a client again of the TE Office that '
               'served your new home municipality.\n'
               '\n'
               'If you were not a client of the pilot and moved to a pilot municipality, you became a client '
               'if a client group applied to you. A move within the same municipality changed nothing.\n'
               '\n'
               'You can check your own situation with the questions about moving here in this service.'},
 {'question_fi': 'Kuka maksoi työttömyysetuuteni kokeilun aikana?',
  'question_sv': 'Vem betalade min arbetslöshetsförmån under försöket?',
  'question_en': 'Who paid my unemployment benefit during the pilot?',
  'answer_fi': 'Kokeilu ei muuttanut sitä, kuka maksaa työttömyysetuuden. Kela maksoi työmarkkinatuen ja '
               'peruspäivärahan kuten ennenkin. Työttömyyskassa maksoi ansiopäivärahan kuten ennenkin.\n'
               '\n'
               'Hae etuutta samasta paikasta kuin ennenkin: Kelasta (kela.fi) tai omasta '
               'työttömyyskassastasi.\n'
               '\n'
               'Kokeilukunta antoi asiakkaidensa työvoimapoliittiset lausunnot Kelalle tai '
               'työttömyyskassalle.',
  'answer_sv': 'Försöket ändrade inte vem som betalar arbetslöshetsförmånen. FPA betalade arbetsmarknadsstöd '
               'och grunddagpenning som tidigare. Arbetslöshetskassan (a-kassan) betalade inkomstrelaterad '
               'dagpenning som tidigare.\n'
               '\n'
               'Ansök om förmånen på samma ställe som tidigare: hos FPA (kela.fi) eller hos din egen '
               'a-kassa.\n'
               '\n'
               'Försökskommunen gav arbetskraftspolitiska utlåtanden om sina kunder till FPA eller a-kassan.',
  'answer_en': 'The pilot did not change who pays your unemployment benefit. Kela paid labour market subsidy '
               'and basic unemployment allowance as before. Your unemployment fund paid earnings-related '
               'unemployment allowance as before.\n'
               '\n'
               'Apply for your benefit in the same place as before: at Kela (kela.fi) or at your own '
               'unemployment fund.\n'
               '\n'
               'The pilot municipality gave the labour policy statements about its clients to Kela or the '
               'unemployment fund.'},
 {'question_fi': 'Asun Ahvenanmaalla. Koskiko kokeilu minua?',
  'question_sv': 'Jag bor på Åland. Gällde försöket mig?',
  'question_en': 'I live in Åland. Did the pilot apply to me?',
  'answer_fi': 'Ei. Ahvenanmaalla ei ollut kuntakokeilua eikä TE-toimistoa. Ahvenanmaalla '
               'työllisyyspalveluista vastaa oma viranomainen, Ålands arbetsmarknads- och '
               'studieservicemyndighet (AMS).',
  'answer_sv': 'Nej. På Åland fanns inget kommunförsök och ingen TE-byrå. På Åland ansvarar en egen '
               'myndighet för sysselsättningstjänsterna: Ålands arbetsmarknads- och studieservicemyndighet '
               '(AMS).',
  'answer_en': 'No. Åland had no pilot and no TE Office. In Åland, its own authority is responsible for '
               'employment services: Ålands arbetsmarknads- och studieservicemyndighet (AMS).'},
 {'question_fi': 'Oliko Kaakkois-Suomessa kuntakokeilua?',
  'question_sv': 'Fanns det ett kommunförsök i Sydöstra Finland?',
  'question_en': 'Was there a pilot in Southeast Finland?',
  'answer_fi': 'Ei. Kymenlaaksossa ja Etelä-Karjalassa ei ollut kuntakokeilua. Näiden maakuntien työnhakijat '
               'olivat koko kokeilun ajan TE-toimiston asiakkaita.\n'
               '\n'
               'Sama koski kaikkia muitakin, joiden kotikunta ei ollut kokeilukunta.',
  'answer_sv': 'Nej. I Kymmenedalen och Södra Karelen fanns inget kommunförsök. Arbetssökande i de här '
               'landskapen var kunder hos TE-byrån under hela försöket.\n'
               '\n'
               'Detsamma gällde alla andra vars hemkommun inte var en försökskommun.',
  'answer_en': 'No. Kymenlaakso and South Karelia had no pilot. Jobseekers in these regions were clients of '
               'the TE Office during the whole pilot.\n'
               '\n'
               'The same was true for everyone else whose home municipality was not a pilot municipality.'}]

# portal/data/faq.json as shipped with this migration (17 entries).
SHIPPED_NOW = [{'question_fi': 'Mikä muuttui 1.1.2025?',
  'question_sv': 'Vad ändrades 1.1.2025?',
  'question_en': 'What changed on 1.1.2025?',
  'answer_fi': 'TE-toimistot lakkautettiin 31.12.2024, ja samana päivänä päättyi myös työllisyyden '
               'kuntakokeilu. 1.1.2025 alkaen julkiset työllisyyspalvelut ovat kuntien vastuulla. Kunnat '
               'järjestävät ne työllisyysalueina. Työllisyysalueita on 45. Osa niistä on yksi kunta, joka '
               'järjestää palvelut yksin. Ahvenanmaalla työnhakijoita palvelee edelleen Ahvenanmaan oma '
               'viranomainen AMS.\n'
               '\n'
               'Myös TE-palvelujen Oma asiointi -verkkopalvelu suljettiin. Nyt ilmoittaudut työnhakijaksi ja '
               'hoidat työnhakuasi Työmarkkinatorilla (tyomarkkinatori.fi). Sieltä löydät myös '
               'työllisyysalueiden yhteystiedot.\n'
               '\n'
               'Jos olit kokeilun asiakas, sinun ei tarvitse tehdä mitään sen vuoksi. Asiakkuutesi siirtyi '
               'automaattisesti kotikuntasi työllisyysalueelle 1.1.2025. Samoin siirtyivät TE-toimistojen '
               'asiakkaat.',
  'answer_sv': 'TE-byråerna lades ner 31.12.2024, och samma dag upphörde också kommunförsöket med '
               'sysselsättning. Från och med 1.1.2025 ansvarar kommunerna för de offentliga '
               'sysselsättningstjänsterna. Kommunerna ordnar dem i sysselsättningsområden. Det finns 45 '
               'sysselsättningsområden. En del av dem är en enda kommun som ordnar tjänsterna ensam. På '
               'Åland betjänas arbetssökande som tidigare av Ålands egen myndighet AMS.\n'
               '\n'
               'Också TE-tjänsternas webbtjänst Mina e-tjänster stängdes. Nu anmäler du dig som '
               'arbetssökande och sköter din arbetssökning på Jobbmarknaden (tyomarkkinatori.fi). Där hittar '
               'du också sysselsättningsområdenas kontaktuppgifter.\n'
               '\n'
               'Om du var kund i försöket behöver du inte göra något på grund av det. Din kundrelation '
               'flyttades automatiskt till din hemkommuns sysselsättningsområde 1.1.2025. Detsamma gällde '
               'TE-byråernas kunder.',
  'answer_en': 'The TE Offices were closed on 31.12.2024, and the local government pilot on employment ended '
               'on the same day. Since 1.1.2025, municipalities have been responsible for public employment '
               'services. They arrange them in employment areas. There are 45 employment areas. Some of them '
               'are a single municipality that arranges the services alone. In Åland, jobseekers are still '
               "served by Åland's own authority, AMS.\n"
               '\n'
               "The TE services' online service E-Services (Oma asiointi) was closed too. Now you register "
               'as a jobseeker and manage your job search in Job Market Finland (tyomarkkinatori.fi). It '
               'also lists the contact details of the employment areas.\n'
               '\n'
               'If you were a client of the pilot, you do not need to do anything because of that. Your '
               'client relationship was moved automatically to the employment area of your home municipality '
               'on 1.1.2025. The same happened to the clients of the TE Offices.'},
 {'question_fi': 'Kuka palvelee minua nyt?',
  'question_sv': 'Vem betjänar mig nu?',
  'question_en': 'Who serves me now?',
  'answer_fi': 'Työllisyyspalvelusi järjestää kotikuntasi työllisyysalue. Kotikunta on kunta, joka on '
               'merkitty väestötietojärjestelmään. Jos kotikuntasi järjestää palvelut yksin, sinua palvelee '
               'kunta itse. Ahvenanmaalla sinua palvelee Ahvenanmaan oma viranomainen AMS.\n'
               '\n'
               'Tämän palvelun Työllisyysalueet-sivulta näet, mihin työllisyysalueeseen kotikuntasi kuuluu. '
               'Myös tämän palvelun kuntasivuilla kerrotaan, mikä työllisyysalue palvelee kunkin kunnan '
               'asukkaita.\n'
               '\n'
               'Ilmoittaudu työnhakijaksi ja hoida työnhakuasi Työmarkkinatorilla (tyomarkkinatori.fi). '
               'Sieltä löydät myös oman työllisyysalueesi yhteystiedot.\n'
               '\n'
               'Pertunmaa liitettiin Mäntyharjuun 1.1.2025. Entisen Pertunmaan asukkaiden kotikunta on nyt '
               'Mäntyharju, ja heitä palvelee Mäntyharjun työllisyysalue.',
  'answer_sv': 'Dina sysselsättningstjänster ordnas av din hemkommuns sysselsättningsområde. Hemkommunen är '
               'den kommun som står i befolkningsdatasystemet. Om din hemkommun ordnar tjänsterna ensam är '
               'det kommunen själv som betjänar dig. På Åland betjänas du av Ålands egen myndighet AMS.\n'
               '\n'
               'På sidan Sysselsättningsområden i den här tjänsten ser du vilket sysselsättningsområde din '
               'hemkommun hör till. Också på varje kommuns egen sida står det vilket sysselsättningsområde '
               'som betjänar kommunens invånare.\n'
               '\n'
               'Anmäl dig som arbetssökande och sköt din arbetssökning på Jobbmarknaden '
               '(tyomarkkinatori.fi). Där hittar du också kontaktuppgifterna till ditt '
               'sysselsättningsområde.\n'
               '\n'
               'Pertunmaa slogs samman med Mäntyharju 1.1.2025. De som bodde i Pertunmaa har nu Mäntyharju '
               'som hemkommun, och de betjänas av Mäntyharjus sysselsättningsområde.',
  'answer_en': 'Your employment services are arranged by the employment area of your home municipality. Your '
               'home municipality is the municipality recorded in the population register. If your home '
               'municipality arranges the services alone, the municipality itself serves you. In Åland, you '
               "are served by Åland's own authority, AMS.\n"
               '\n'
               'The Employment areas page of this service shows which employment area your home municipality '
               "belongs to. Each municipality's own page also tells you which employment area serves its "
               'residents.\n'
               '\n'
               'Register as a jobseeker and manage your job search in Job Market Finland '
               '(tyomarkkinatori.fi). There you can also find the contact details of your employment area.\n'
               '\n'
               'Pertunmaa was merged into Mäntyharju on 1.1.2025. The home municipality of the former '
               "residents of Pertunmaa is now Mäntyharju, and they are served by Mäntyharju's employment "
               'area.'},
 {'question_fi': 'Mikä työllisyyden kuntakokeilu oli?',
  'question_sv': 'Vad var kommunförsöket med sysselsättning?',
  'question_en': 'What was the local government pilot on employment?',
  'answer_fi': 'Työllisyyden kuntakokeilussa osa työnhakijoista sai työllisyyspalvelut kotikunnaltaan eikä '
               'TE-toimistolta. Kokeilu kesti 1.3.2021–31.12.2024.\n'
               '\n'
               'Kokeilu tehtiin kokeilualueilla. Kokeilualue oli yksi kunta tai usean kunnan ryhmä. Jokainen '
               'kokeilukunta vastasi omista asukkaistaan. Kaikki kokeilualueet ja kokeilukunnat löydät tämän '
               'palvelun Kokeilualueet-sivulta.\n'
               '\n'
               'Kokeilu päättyi 31.12.2024, ja samana päivänä TE-toimistot lakkautettiin. 1.1.2025 alkaen '
               'kaikki julkiset työllisyyspalvelut ovat kuntien ja työllisyysalueiden vastuulla. Lue kysymys '
               '”Mikä muuttui 1.1.2025?”.',
  'answer_sv': 'I kommunförsöket med sysselsättning fick en del arbetssökande sina sysselsättningstjänster '
               'av sin hemkommun och inte av arbets- och näringsbyrån (TE-byrån). Försöket pågick '
               '1.3.2021–31.12.2024.\n'
               '\n'
               'Försöket genomfördes i försöksområden. Ett försöksområde var en kommun eller en grupp av '
               'kommuner. Varje försökskommun ansvarade för sina egna invånare. Alla försöksområden och '
               'försökskommuner finns på sidan Försöksområden i den här tjänsten.\n'
               '\n'
               'Försöket upphörde 31.12.2024, och samma dag lades TE-byråerna ner. Från och med 1.1.2025 '
               'ansvarar kommunerna och sysselsättningsområdena för alla offentliga sysselsättningstjänster. '
               'Läs frågan ”Vad ändrades 1.1.2025?”.',
  'answer_en': 'In the local government pilot on employment, some jobseekers got their employment services '
               'from their home municipality and not from the TE Office (Employment and Economic Development '
               'Office). The pilot ran from 1.3.2021 to 31.12.2024.\n'
               '\n'
               'The pilot took place in pilot areas. A pilot area was one municipality or a group of '
               'municipalities. Each pilot municipality was responsible for its own residents. You can find '
               'all pilot areas and pilot municipalities on the Pilot areas page of this service.\n'
               '\n'
               'The pilot ended on 31.12.2024, and the TE Offices were closed on the same day. Since '
               '1.1.2025, municipalities and employment areas have been responsible for all public '
               'employment services. Read the question “What changed on 1.1.2025?”.'},
 {'question_fi': 'Kuka oli kokeilun asiakas?',
  'question_sv': 'Vem var kund i försöket?',
  'question_en': 'Who was a client of the pilot?',
  'answer_fi': 'Olit kokeilun asiakas, jos kaikki kolme asiaa olivat totta:\n'
               '\n'
               '1. Kotikuntasi oli kokeilukunta.\n'
               '\n'
               '2. Olit ilmoittautunut työnhakijaksi, ja olit\n'
               '– työtön (myös kokonaan lomautettu tai alle 4 tuntia viikossa työtä tekevä) tai\n'
               '– vaarassa jäädä työttömäksi kahden viikon sisällä, esimerkiksi irtisanottu, tai\n'
               '– palkkatuella tai starttirahalla työllistetty tai\n'
               '– työllistymistä edistävissä palveluissa, esimerkiksi koulutuksessa tai työkokeilussa.\n'
               '\n'
               '3. Ainakin yksi asiakasryhmä koski sinua:\n'
               '– Sinulla ei ollut oikeutta ansiopäivärahaan. Tähän ryhmään kuuluivat esimerkiksi ne, jotka '
               'saivat Kelasta työmarkkinatukea tai peruspäivärahaa, ja ne, jotka eivät saaneet mitään '
               'etuutta.\n'
               '– Olit alle 30-vuotias. Etuudella ei ollut väliä.\n'
               '– Olit vieraskielinen tai maahanmuuttaja. Iällä ja etuudella ei ollut väliä. Vieraskielinen '
               'tarkoittaa, että äidinkielesi väestötietojärjestelmässä oli muu kuin suomi, ruotsi tai '
               'saame. Maahanmuuttajana kunnat pitivät käytännössä henkilöä, joka ei ollut Suomen '
               'kansalainen.\n'
               '\n'
               'Jos olit tavallisessa työssä ja hait toista työtä, sinua ei siirretty kokeiluun. Jos olit jo '
               'kokeilun asiakas, pysyit kuitenkin asiakkaana niin kauan kuin työnhakusi oli voimassa.\n'
               '\n'
               'Etkö tiedä, oliko sinulla oikeus ansiopäivärahaan? Yleensä oikeus oli, jos olit '
               'työttömyyskassan jäsen ja täytit työssäoloehdon. Työttömyyskassa tai Kela osaa kertoa.\n'
               '\n'
               'Säännöt muuttuivat kokeilun aikana. Aluksi alle 30-vuotiaat ja vieraskieliset olivat '
               'asiakkaita vain, jos he olivat työttömiä. 1.6.2021 alkaen he olivat asiakkaita myös '
               'palveluissa ja palkkatuetussa työssä. 2.5.2022 alkaen asiakkaita olivat myös ne, jotka '
               'olivat vaarassa jäädä työttömäksi kahden viikon sisällä. 1.1.2023 alkaen kokeiluun ei '
               'siirretty 55 vuotta täyttäneitä irtisanottuja, joilla oli oikeus muutosturvaan. 1.3.2023 '
               'alkaen tilapäistä suojelua saava, jolla ei ollut kotikuntaa, oli sen kokeilukunnan asiakas, '
               'jossa hän asui. Kahdesta viimeisestä on omat kysymyksensä.',
  'answer_sv': 'Du var kund i försöket om alla tre saker stämde:\n'
               '\n'
               '1. Din hemkommun var en försökskommun.\n'
               '\n'
               '2. Du var anmäld som arbetssökande och du var\n'
               '– arbetslös (också helt permitterad eller arbetade mindre än 4 timmar i veckan) eller\n'
               '– i risk att bli arbetslös inom två veckor, till exempel uppsagd, eller\n'
               '– sysselsatt med lönesubvention eller startpeng eller\n'
               '– i sysselsättningsfrämjande service, till exempel utbildning eller arbetsprövning.\n'
               '\n'
               '3. Minst en kundgrupp gällde dig:\n'
               '– Du hade inte rätt till inkomstrelaterad dagpenning. Till den här gruppen hörde till '
               'exempel de som fick arbetsmarknadsstöd eller grunddagpenning från FPA och de som inte fick '
               'någon förmån alls.\n'
               '– Du var under 30 år. Förmånen spelade ingen roll.\n'
               '– Du hade ett främmande språk som modersmål eller var invandrare. Ålder och förmån spelade '
               'ingen roll. Främmande språk betyder att ditt modersmål i befolkningsdatasystemet var något '
               'annat än finska, svenska eller samiska. Som invandrare räknade kommunerna i praktiken den '
               'som inte var finsk medborgare.\n'
               '\n'
               'Om du hade ett vanligt arbete och sökte ett annat arbete överfördes du inte till försöket. '
               'Om du redan var kund i försöket fortsatte du ändå som kund så länge din arbetssökning var i '
               'kraft.\n'
               '\n'
               'Vet du inte om du hade rätt till inkomstrelaterad dagpenning? Oftast hade du det om du var '
               'medlem i en arbetslöshetskassa (a-kassa) och uppfyllde arbetsvillkoret. A-kassan eller FPA '
               'kan svara.\n'
               '\n'
               'Reglerna ändrades under försöket. I början var personer under 30 år och personer med ett '
               'främmande språk som modersmål kunder bara om de var arbetslösa. Från och med 1.6.2021 var de '
               'kunder också i service och i arbete med lönesubvention. Från och med 2.5.2022 kunde också de '
               'som löpte risk att bli arbetslösa inom två veckor bli kunder. Från och med 1.1.2023 '
               'överfördes uppsagda som fyllt 55 år och hade rätt till omställningsskydd inte till försöket. '
               'Från och med 1.3.2023 var en person med tillfälligt skydd som saknade hemkommun kund i den '
               'försökskommun där personen bodde. Om de två sista finns egna frågor.',
  'answer_en': 'You were a client of the pilot if all three things were true:\n'
               '\n'
               '1. Your home municipality was a pilot municipality.\n'
               '\n'
               '2. You were registered as a jobseeker, and you were\n'
               '– unemployed (also fully laid off, or working less than 4 hours a week), or\n'
               '– at risk of becoming unemployed within two weeks, for example after a notice of dismissal, '
               'or\n'
               '– employed with a pay subsidy or a start-up grant, or\n'
               '– in services promoting employment, for example training or a work trial.\n'
               '\n'
               '3. At least one client group applied to you:\n'
               '– You were not entitled to earnings-related unemployment allowance. This group included, for '
               'example, people who got labour market subsidy or basic unemployment allowance from Kela, and '
               'people who got no benefit at all.\n'
               '– You were under 30. Your benefit did not matter.\n'
               '– You were a foreign-language speaker or an immigrant. Your age and benefit did not matter. '
               'Foreign-language speaker means that your mother tongue in the population register was not '
               'Finnish, Swedish or Sámi. In practice, the municipalities treated a person who was not a '
               'Finnish citizen as an immigrant.\n'
               '\n'
               'If you had an ordinary job and were looking for another job, you were not transferred to the '
               'pilot. But if you already were a client of the pilot, you stayed a client as long as your '
               'job search was valid.\n'
               '\n'
               'Not sure if you were entitled to earnings-related unemployment allowance? Usually you were '
               'if you were a member of an unemployment fund and met the employment condition. Your '
               'unemployment fund or Kela can tell you.\n'
               '\n'
               'The rules changed during the pilot. At first, people under 30 and foreign-language speakers '
               'were clients only if they were unemployed. From 1.6.2021 they were clients also in services '
               'and in pay-subsidised work. From 2.5.2022 people at risk of becoming unemployed within two '
               'weeks were clients too. From 1.1.2023 dismissed people aged 55 or over who were entitled to '
               'change security were not transferred to the pilot. From 1.3.2023 a person under temporary '
               'protection who had no home municipality was a client of the pilot municipality where they '
               'lived. The last two have questions of their own.'},
 {'question_fi': 'Mistä tiesin, että olin kokeilun asiakas?',
  'question_sv': 'Hur visste jag att jag var kund i försöket?',
  'question_en': 'How did I know that I was a client of the pilot?',
  'answer_fi': 'Kokeilun aikana TE-toimisto siirsi kokeilun asiakkaat heidän kotikuntansa asiakkaiksi. '
               'TE-toimisto kertoi siirrosta kirjeellä ja TE-palvelujen Oma asiointi -verkkopalvelussa. Oma '
               'asiointi suljettiin 31.12.2024.\n'
               '\n'
               'Jos et ole varma, olitko asiakas, voit tarkistaa sen tämän palvelun kysymyksillä kokeilun '
               'asiakkuudesta. Ne kertovat ensin, kuka palvelee sinua nyt, ja sen jälkeen voit selvittää, '
               'olitko asiakas kokeilun aikana.\n'
               '\n'
               'Nykyisten palvelujesi kannalta asialla ei ole väliä: 1.1.2025 alkaen sinua palvelee '
               'kotikuntasi työllisyysalue joka tapauksessa.',
  'answer_sv': 'Under försöket överförde TE-byrån försökets kunder till deras hemkommun. TE-byrån '
               'informerade om överföringen med brev och i TE-tjänsternas webbtjänst Mina e-tjänster. Mina '
               'e-tjänster stängdes 31.12.2024.\n'
               '\n'
               'Om du inte är säker på om du var kund kan du kontrollera det med frågorna om kundrelationen '
               'i försöket här i tjänsten. De berättar först vem som betjänar dig nu, och sedan kan du ta '
               'reda på om du var kund under försöket.\n'
               '\n'
               'För de tjänster du får i dag spelar det ingen roll: från och med 1.1.2025 betjänas du i alla '
               'fall av din hemkommuns sysselsättningsområde.',
  'answer_en': 'During the pilot, the TE Office transferred the clients of the pilot to their home '
               "municipality. The TE Office told you about the transfer by letter and in the TE services' "
               'online service E-Services (Oma asiointi). E-Services was closed on 31.12.2024.\n'
               '\n'
               'If you are not sure whether you were a client, you can check it with the questions about '
               'being a client of the pilot in this service. They first tell you who serves you now, and '
               'then you can find out whether you were a client during the pilot.\n'
               '\n'
               'For the services you get now, it does not matter: since 1.1.2025 you have been served by the '
               'employment area of your home municipality in any case.'},
 {'question_fi': 'En ollut ilmoittautunut työnhakijaksi. Mitä minun piti tehdä?',
  'question_sv': 'Jag hade inte anmält mig som arbetssökande. Vad skulle jag göra?',
  'question_en': 'I had not registered as a jobseeker. What should I have done?',
  'answer_fi': 'Kokeilun aikana kaikki aloittivat samalla tavalla: ilmoittautumalla työnhakijaksi '
               'TE-palvelujen Oma asiointi -verkkopalvelussa. Myös kokeilun asiakkaat ilmoittautuivat '
               'työnhakijaksi siellä.\n'
               '\n'
               'Sen jälkeen TE-toimisto katsoi, kuuluitko kokeiluun. Jos kuuluit, TE-toimisto siirsi sinut '
               'kotikuntasi asiakkaaksi ja kertoi siitä kirjeellä.\n'
               '\n'
               'Nyt ilmoittaudut työnhakijaksi Työmarkkinatorilla (tyomarkkinatori.fi). Sen jälkeen sinua '
               'palvelee kotikuntasi työllisyysalue.',
  'answer_sv': 'Under försöket började alla på samma sätt: genom att anmäla sig som arbetssökande i '
               'TE-tjänsternas webbtjänst Mina e-tjänster. Också försökets kunder anmälde sig som '
               'arbetssökande där.\n'
               '\n'
               'Sedan såg TE-byrån efter om du hörde till försöket. Om du gjorde det överförde TE-byrån dig '
               'till din hemkommun och informerade dig om det med brev.\n'
               '\n'
               'Nu anmäler du dig som arbetssökande på Jobbmarknaden (tyomarkkinatori.fi). Sedan betjänas du '
               'av din hemkommuns sysselsättningsområde.',
  'answer_en': 'During the pilot, everyone started the same way: by registering as a jobseeker in the TE '
               "services' online service E-Services (Oma asiointi). Clients of the pilot also registered as "
               'jobseekers there.\n'
               '\n'
               'After that, the TE Office checked whether you belonged to the pilot. If you did, the TE '
               'Office transferred you to your home municipality and told you by letter.\n'
               '\n'
               'Now you register as a jobseeker in Job Market Finland (tyomarkkinatori.fi). After that, the '
               'employment area of your home municipality serves you.'},
 {'question_fi': 'Täytin 30 vuotta, sain oikeuden ansiopäivärahaan tai menin töihin. Olinko vielä kokeilun '
                 'asiakas?',
  'question_sv': 'Jag fyllde 30, fick rätt till inkomstrelaterad dagpenning eller fick ett arbete. Var jag '
                 'fortfarande kund i försöket?',
  'question_en': 'I turned 30, became entitled to earnings-related allowance or got a job. Was I still a '
                 'client of the pilot?',
  'answer_fi': 'Yleensä kyllä. Kun olit kerran kokeilun asiakas, pysyit asiakkaana, kunnes työnhakusi '
               'päättyi tai kokeilu päättyi, vaikka mikään asiakasryhmä ei enää koskenut sinua. Esimerkiksi '
               '30 vuoden ikä, uusi oikeus ansiopäivärahaan tai uusi työ ei muuttanut asiakkuutta, jos '
               'työnhakusi pysyi voimassa.\n'
               '\n'
               'Jos olit välillä pois työnhakijoista esimerkiksi lyhyen työn tai koulutuksen takia ja '
               'ilmoittauduit sitten uudelleen työnhakijaksi, palasit kokeilun asiakkaaksi.\n'
               '\n'
               'Poikkeus: 1.1.2023 alkaen sinut siirrettiin takaisin TE-toimistoon, jos sinut irtisanottiin '
               '55 vuotta täytettyäsi ja sinulla oli oikeus muutosturvaan. Lue kysymys 55-vuotiaana '
               'irtisanotuista. Asiakkuus saattoi muuttua myös, jos kotikuntasi muuttui. Lue kysymys '
               'muuttamisesta.',
  'answer_sv': 'Oftast ja. När du väl var kund i försöket fortsatte du som kund tills din arbetssökning '
               'upphörde eller försöket tog slut, också om ingen kundgrupp längre gällde dig. Till exempel '
               'att du fyllde 30, fick rätt till inkomstrelaterad dagpenning eller fick ett arbete ändrade '
               'inte kundrelationen, om din arbetssökning fortsatte att vara i kraft.\n'
               '\n'
               'Om du en tid inte var arbetssökande, till exempel på grund av ett kort arbete eller en '
               'utbildning, och sedan anmälde dig som arbetssökande igen, blev du kund i försöket igen.\n'
               '\n'
               'Ett undantag: från och med 1.1.2023 överfördes du tillbaka till TE-byrån om du sades upp '
               'efter att ha fyllt 55 och hade rätt till omställningsskydd. Läs frågan om dem som sades upp '
               'vid 55 års ålder. Kundrelationen kunde också ändras om din hemkommun ändrades. Läs frågan om '
               'att flytta.',
  'answer_en': 'Usually yes. Once you were a client of the pilot, you stayed a client until your job search '
               'ended or the pilot ended, even if no client group applied to you any more. For example, '
               'turning 30, becoming entitled to earnings-related unemployment allowance or getting a job '
               'did not change your client status if your job search stayed valid.\n'
               '\n'
               'If you stopped being a jobseeker for a while, for example because of a short job or '
               'training, and then registered as a jobseeker again, you became a client of the pilot again.\n'
               '\n'
               'One exception: from 1.1.2023 you were moved back to the TE Office if you were dismissed '
               'after turning 55 and were entitled to change security. Read the question about people '
               'dismissed at 55. Your client status could also change if your home municipality changed. '
               'Read the question about moving.'},
 {'question_fi': 'Olin työtön vain lyhyen aikaa. Siirryinkö kokeiluun?',
  'question_sv': 'Jag var arbetslös bara en kort tid. Blev jag kund i försöket?',
  'question_en': 'I was unemployed only for a short time. Did I become a client of the pilot?',
  'answer_fi': 'Sait valita. Jos työttömyytesi oli lyhyt ja sen loppu oli jo tiedossa, TE-toimisto saattoi '
               'jättää sinut siirtämättä, ja kokeilukunnat kertoivat, että sait halutessasi jäädä '
               'TE-toimiston asiakkaaksi. Jos et halunnut jäädä, siirryit kokeiluun, kun muutkin ehdot '
               'täyttyivät. Lyhyt työttömyys oli esimerkiksi tällainen:\n'
               '– olit lyhyesti lomautettu ja työ jatkui sen jälkeen\n'
               '– työttömyys päättyi pian, koska alkoi vanhempainvapaa, varusmiespalvelus, siviilipalvelus '
               'tai jokin muu vastaava.\n'
               '\n'
               'Sama valinta koski myös sitä, joka oli vaarassa jäädä työttömäksi lyhyeksi ajaksi, '
               'esimerkiksi lyhyen lomautusilmoituksen saanutta.\n'
               '\n'
               'Valinta tehtiin, kun sinua oltiin siirtämässä kokeiluun. Jos olit jo kokeilun asiakas, '
               'pysyit asiakkaana.\n'
               '\n'
               '1.1.2025 alkaen sinua palvelee kotikuntasi työllisyysalue.',
  'answer_sv': 'Du fick välja. Om din arbetslöshet var kort och du redan visste när den skulle ta slut, '
               'kunde TE-byrån låta bli att överföra dig, och försökskommunerna berättade att du kunde '
               'fortsätta som kund hos TE-byrån om du ville. Om du inte ville det, blev du kund i försöket '
               'när de andra villkoren uppfylldes. En kort arbetslöshet var till exempel att\n'
               '– du var permitterad en kort tid och arbetet fortsatte sedan\n'
               '– arbetslösheten tog snart slut eftersom du skulle börja föräldraledighet, beväringstjänst, '
               'civiltjänst eller något annat liknande.\n'
               '\n'
               'Samma val gällde också den som löpte risk att bli arbetslös en kort tid, till exempel den '
               'som hade fått ett meddelande om en kort permittering.\n'
               '\n'
               'Valet gjordes när du skulle överföras till försöket. Om du redan var kund i försöket '
               'fortsatte du som kund.\n'
               '\n'
               'Från och med 1.1.2025 betjänas du av din hemkommuns sysselsättningsområde.',
  'answer_en': 'You could choose. If your unemployment was short and you already knew when it would end, the '
               'TE Office could leave you untransferred, and the pilot municipalities told people in this '
               'situation that they could stay a client of the TE Office if they wanted to. If you did not '
               'want to stay, you became a client of the pilot when the other conditions were met. Short '
               'unemployment was, for example:\n'
               '– you were laid off for a short time and your work continued after that\n'
               '– your unemployment ended soon because parental leave, military service, non-military '
               'service or something similar began.\n'
               '\n'
               'The same choice applied to a person at risk of short unemployment, for example someone who '
               'had been given notice of a short lay-off.\n'
               '\n'
               'The choice was made when you were about to be transferred to the pilot. If you already were '
               'a client of the pilot, you stayed a client.\n'
               '\n'
               'Since 1.1.2025, the employment area of your home municipality has served you.'},
 {'question_fi': 'Halusin palvelua ruotsiksi. Mitä saatoin tehdä?',
  'question_sv': 'Jag ville ha service på svenska. Vad kunde jag göra?',
  'question_en': 'I wanted service in Swedish. What could I do?',
  'answer_fi': 'Kaksikielisissä kokeilukunnissa sai palvelua sekä suomeksi että ruotsiksi.\n'
               '\n'
               'Jos kotikuntasi oli yksikielinen suomenkielinen kokeilukunta ja halusit palvelua ruotsiksi, '
               'sait jäädä TE-toimiston asiakkaaksi, kun sinua oltiin siirtämässä kokeiluun. Jos olit jo '
               'kokeilun asiakas, sait 1.6.2021 alkaen pyytää, että sinut siirretään takaisin TE-toimistoon. '
               'Ennen 1.6.2021 takaisin siirtämistä ei voinut pyytää.\n'
               '\n'
               'Kunnan kielellinen asema näkyy tämän palvelun kuntasivulla. Kaikki kokeilukunnat löydät '
               'Kokeilualueet-sivulta.\n'
               '\n'
               '1.1.2025 alkaen työllisyysalueet järjestävät palvelut kielilain mukaan. Kysy '
               'ruotsinkielisestä palvelusta kotikuntasi työllisyysalueelta.',
  'answer_sv': 'I de tvåspråkiga försökskommunerna fick man service både på finska och på svenska.\n'
               '\n'
               'Om din hemkommun var en enspråkigt finsk försökskommun och du ville ha service på svenska, '
               'fick du fortsätta som kund hos TE-byrån när du skulle överföras till försöket. Om du redan '
               'var kund i försöket kunde du från och med 1.6.2021 be att bli överförd tillbaka till '
               'TE-byrån. Före 1.6.2021 gick det inte att be om det.\n'
               '\n'
               'Kommunens språkliga status står på kommunens sida i den här tjänsten. Alla försökskommuner '
               'finns på sidan Försöksområden.\n'
               '\n'
               'Från och med 1.1.2025 ordnar sysselsättningsområdena tjänsterna enligt språklagen. Fråga '
               'ditt sysselsättningsområde om service på svenska.',
  'answer_en': 'In the bilingual pilot municipalities you could get service in both Finnish and Swedish.\n'
               '\n'
               'If your home municipality was a monolingual Finnish pilot municipality and you wanted '
               'service in Swedish, you could stay a client of the TE Office instead of being transferred to '
               'the pilot. If you already were a client of the pilot, from 1.6.2021 you could ask to be '
               'moved back to the TE Office. Before 1.6.2021 you could not ask for this.\n'
               '\n'
               "The language status of each municipality is shown on the municipality's page in this "
               'service. You can find all pilot municipalities on the Pilot areas page.\n'
               '\n'
               'Since 1.1.2025, the employment areas have arranged their services in accordance with the '
               'Language Act. For service in Swedish, contact your employment area.'},
 {'question_fi': 'Sainko pyytää, että minut siirretään takaisin TE-toimistoon?',
  'question_sv': 'Kunde jag be att bli överförd tillbaka till TE-byrån?',
  'question_en': 'Could I ask to be moved back to the TE Office?',
  'answer_fi': '1.6.2021 alkaen sait, mutta vain tietyistä syistä. Kokeilun asiakas sai pyytää, että '
               'TE-toimisto siirtää hänet takaisin TE-toimiston asiakkaaksi tai toisen kokeilukunnan '
               'asiakkaaksi. Siirto oli mahdollinen vain\n'
               '– kielellisten oikeuksien turvaamiseksi, esimerkiksi jotta sait palvelua ruotsiksi\n'
               '– sinulle sopimattoman asiakassuhteen välttämiseksi tai\n'
               '– turvallisuuteesi liittyvästä perustellusta syystä.\n'
               '\n'
               'Lisäksi siirto ei saanut vaarantaa palveluja, joita tarvitsit. Muu syy ei riittänyt. Toisen '
               'kokeilukunnan asiakkaaksi pääsi vain, jos se kunta suostui siihen.\n'
               '\n'
               'Ennen 1.6.2021 takaisin siirtämistä ei voinut pyytää.\n'
               '\n'
               'Kokeilu päättyi ja TE-toimistot lakkautettiin 31.12.2024, joten tällaisia siirtoja ei enää '
               'tehdä. Nyt sinua palvelee kotikuntasi työllisyysalue.',
  'answer_sv': 'Från och med 1.6.2021 kunde du det, men bara av vissa skäl. En kund i försöket kunde be att '
               'TE-byrån skulle överföra kundrelationen tillbaka till TE-byrån eller till en annan '
               'försökskommun. Överföringen var möjlig bara\n'
               '– för att trygga de språkliga rättigheterna, till exempel för att du skulle få service på '
               'svenska\n'
               '– för att undvika en kundrelation som var olämplig för dig, eller\n'
               '– av ett motiverat skäl som gällde din säkerhet.\n'
               '\n'
               'Dessutom fick överföringen inte äventyra den service du behövde. Andra skäl räckte inte. '
               'Kundrelationen kunde överföras till en annan försökskommun bara om den kommunen gick med på '
               'det.\n'
               '\n'
               'Före 1.6.2021 gick det inte att be om att bli överförd tillbaka.\n'
               '\n'
               'Försöket upphörde och TE-byråerna lades ner 31.12.2024, så sådana överföringar görs inte '
               'längre. Nu betjänas du av din hemkommuns sysselsättningsområde.',
  'answer_en': 'From 1.6.2021 you could, but only for certain reasons. A client of the pilot could ask the '
               'TE Office to move them back to the TE Office or to another pilot municipality. This was '
               'possible only\n'
               '– to secure your language rights, for example so that you could get service in Swedish\n'
               '– to avoid a client relationship that was unsuitable for you, or\n'
               '– for a justified reason related to your safety.\n'
               '\n'
               'In addition, the move was not allowed to endanger the services you needed. Other reasons '
               'were not enough. You could move to another pilot municipality only if that municipality '
               'agreed.\n'
               '\n'
               'Before 1.6.2021 you could not ask to be moved back.\n'
               '\n'
               'The pilot ended and the TE Offices were closed on 31.12.2024, so such moves are no longer '
               'made. Now the employment area of your home municipality serves you.'},
 {'question_fi': 'Minut irtisanottiin, kun olin täyttänyt 55 vuotta. Siirrettiinkö minut kokeiluun?',
  'question_sv': 'Jag sades upp när jag hade fyllt 55. Överfördes jag till försöket?',
  'question_en': 'I was dismissed after I had turned 55. Was I transferred to the pilot?',
  'answer_fi': 'Ei, jos sinulla oli oikeus muutosturvaan. 1.1.2023 alkaen sinua ei siirretty kokeiluun, jos\n'
               '– työnantajasi oli irtisanonut sinut taloudellisilla tai tuotannollisilla perusteilla '
               '1.1.2023 tai myöhemmin\n'
               '– olit irtisanomispäivänä täyttänyt 55 vuotta ja\n'
               '– työsuhteesi samaan työnantajaan olivat kestäneet yhteensä vähintään viisi vuotta.\n'
               '\n'
               'Jos olit jo kokeilun asiakas ja nämä ehdot täyttyivät myöhemmin, sinut siirrettiin takaisin '
               'TE-toimistoon. Ehdot ratkaisivat, vaikka jokin asiakasryhmä koski sinua. Muutosturvaan '
               'kuuluvan koulutuksen järjesti TE-toimisto.\n'
               '\n'
               'Ennen 1.1.2023 tätä sääntöä ei ollut.\n'
               '\n'
               '1.1.2025 alkaen sinua palvelee kotikuntasi työllisyysalue.',
  'answer_sv': 'Nej, om du hade rätt till omställningsskydd. Från och med 1.1.2023 överfördes du inte till '
               'försöket om\n'
               '– din arbetsgivare hade sagt upp dig av ekonomiska eller produktionsmässiga orsaker 1.1.2023 '
               'eller senare\n'
               '– du var minst 55 år på uppsägningsdagen och\n'
               '– dina anställningar hos samma arbetsgivare hade varat sammanlagt minst fem år.\n'
               '\n'
               'Om du redan var kund i försöket och de här villkoren uppfylldes senare, överfördes du '
               'tillbaka till TE-byrån. Villkoren avgjorde även om någon kundgrupp gällde dig. Utbildningen '
               'som hörde till omställningsskyddet ordnades av TE-byrån.\n'
               '\n'
               'Före 1.1.2023 fanns den här regeln inte.\n'
               '\n'
               'Från och med 1.1.2025 betjänas du av din hemkommuns sysselsättningsområde.',
  'answer_en': 'No, not if you were entitled to change security. From 1.1.2023 you were not transferred to '
               'the pilot if\n'
               '– your employer had dismissed you on financial or production-related grounds on or after '
               '1.1.2023,\n'
               '– you were at least 55 on the day of the dismissal, and\n'
               '– your employment with the same employer had lasted at least five years in total.\n'
               '\n'
               'If you already were a client of the pilot and these conditions were met later, you were '
               'moved back to the TE Office. The conditions decided even if a client group applied to you. '
               'The TE Office arranged the training that was part of change security.\n'
               '\n'
               'Before 1.1.2023 this rule did not exist.\n'
               '\n'
               'Since 1.1.2025, the employment area of your home municipality has served you.'},
 {'question_fi': 'Sain tilapäistä suojelua. Olinko kokeilun asiakas?',
  'question_sv': 'Jag fick tillfälligt skydd. Var jag kund i försöket?',
  'question_en': 'I was under temporary protection. Was I a client of the pilot?',
  'answer_fi': '1.3.2023 alkaen saatoit olla. Jos sait tilapäistä suojelua eikä sinulla ollut kotikuntaa '
               'Suomessa, olit sen kokeilukunnan asiakas, jossa asuit. Ehdot olivat muuten samat kuin '
               'muilla: sinun piti olla ilmoittautunut työnhakijaksi, ja asuinkuntasi piti kuulua kokeiluun. '
               'Koska et ollut Suomen kansalainen, vieraskielisten ja maahanmuuttajien asiakasryhmä koski '
               'sinua.\n'
               '\n'
               'Jos sinulla oli kotikunta, kotikunta ratkaisi kuten muillakin.\n'
               '\n'
               'Kun tarkistat tilanteesi tämän palvelun kyselyllä, valitse kunnaksi se kunta, jossa asuit.\n'
               '\n'
               'Ennen 1.3.2023 tilapäistä suojelua saavat, joilla ei ollut kotikuntaa, olivat TE-toimiston '
               'asiakkaita.\n'
               '\n'
               '1.1.2025 alkaen kokeilua ei enää ole. Tarkista Työmarkkinatorilta (tyomarkkinatori.fi), mikä '
               'työllisyysalue palvelee sinua nyt.',
  'answer_sv': 'Från och med 1.3.2023 kunde du vara det. Om du fick tillfälligt skydd och inte hade någon '
               'hemkommun i Finland, var du kund i den försökskommun där du bodde. Villkoren var i övrigt '
               'desamma som för andra: du skulle vara anmäld som arbetssökande och kommunen där du bodde '
               'skulle höra till försöket. Eftersom du inte var finsk medborgare gällde kundgruppen för '
               'personer med främmande modersmål och invandrare dig.\n'
               '\n'
               'Om du hade en hemkommun avgjorde hemkommunen, precis som för alla andra.\n'
               '\n'
               'När du kontrollerar din situation med frågorna här i tjänsten, välj den kommun där du '
               'bodde.\n'
               '\n'
               'Före 1.3.2023 var personer med tillfälligt skydd som saknade hemkommun kunder hos TE-byrån.\n'
               '\n'
               'Från och med 1.1.2025 finns försöket inte längre. Kontrollera på Jobbmarknaden '
               '(tyomarkkinatori.fi) vilket sysselsättningsområde som betjänar dig nu.',
  'answer_en': 'From 1.3.2023 you could be. If you were under temporary protection and had no home '
               'municipality in Finland, you were a client of the pilot municipality where you lived. '
               'Otherwise the conditions were the same as for everyone else: you had to be registered as a '
               'jobseeker, and the municipality where you lived had to be in the pilot. As you were not a '
               'Finnish citizen, the client group for foreign-language speakers and immigrants applied to '
               'you.\n'
               '\n'
               'If you had a home municipality, your home municipality decided, as for everyone else.\n'
               '\n'
               'When you check your situation with the questions in this service, choose the municipality '
               'where you lived.\n'
               '\n'
               'Before 1.3.2023, people under temporary protection who had no home municipality were clients '
               'of the TE Office.\n'
               '\n'
               'Since 1.1.2025 the pilot no longer exists. Check in Job Market Finland (tyomarkkinatori.fi) '
               'which employment area serves you now.'},
 {'question_fi': 'Mitä tapahtui, kun muutin toiseen kuntaan kokeilun aikana?',
  'question_sv': 'Vad hände när jag flyttade till en annan kommun under försöket?',
  'question_en': 'What happened when I moved to another municipality during the pilot?',
  'answer_fi': 'Kokeilussa ratkaisi kotikunta eli kunta, joka oli merkitty väestötietojärjestelmään. '
               'Katuosoite tai lähin toimipiste ei ratkaissut. Muuttoilmoitus piti tehdä viimeistään viikon '
               'kuluttua muuttopäivästä.\n'
               '\n'
               'Jos olit kokeilun asiakas ja muutit\n'
               '– saman kokeilualueen toiseen kuntaan: pysyit saman alueen kokeilussa, mutta nyt uusi '
               'kotikuntasi vastasi sinusta\n'
               '– toisen kokeilualueen kuntaan: sinusta tuli uuden kotikuntasi kokeilun asiakas\n'
               '– kuntaan, joka ei ollut kokeilussa: palasit sen TE-toimiston asiakkaaksi, joka palveli '
               'uutta kotikuntaasi.\n'
               '\n'
               'Jos et ollut kokeilun asiakas ja muutit kokeilukuntaan, sinusta tuli asiakas, jos jokin '
               'asiakasryhmä koski sinua. Muutto saman kunnan sisällä ei muuttanut mitään.\n'
               '\n'
               'Voit tarkistaa tilanteesi tämän palvelun muuttoa koskevilla kysymyksillä. Jos muutat nyt, '
               'lue kysymys ”Muutan nyt toiseen kuntaan. Mitä tapahtuu?”.',
  'answer_sv': 'I försöket var det hemkommunen som avgjorde, alltså den kommun som stod i '
               'befolkningsdatasystemet. Gatuadressen eller närmaste serviceställe avgjorde inte. '
               'Flyttningen skulle anmälas senast en vecka efter flyttdagen.\n'
               '\n'
               'Om du var kund i försöket och flyttade\n'
               '– till en annan kommun i samma försöksområde: du fortsatte i samma områdes försök, men nu '
               'ansvarade din nya hemkommun för dig\n'
               '– till en kommun i ett annat försöksområde: du blev kund i din nya hemkommuns försök\n'
               '– till en kommun som inte var med i försöket: du blev kund igen hos den TE-byrå som '
               'betjänade din nya hemkommun.\n'
               '\n'
               'Om du inte var kund i försöket och flyttade till en försökskommun, blev du kund om någon '
               'kundgrupp gällde dig. En flyttning inom samma kommun ändrade ingenting.\n'
               '\n'
               'Du kan kontrollera din situation med frågorna om flyttning här i tjänsten. Om du flyttar nu, '
               'läs frågan ”Jag flyttar nu till en annan kommun. Vad händer?”.',
  'answer_en': 'In the pilot, your home municipality decided: the municipality recorded in the population '
               'register. Your street address or the nearest office did not decide. You had to report your '
               'move at the latest one week after moving day.\n'
               '\n'
               'If you were a client of the pilot and moved\n'
               "– to another municipality in the same pilot area: you stayed in the same area's pilot, but "
               'now your new home municipality was responsible for you\n'
               '– to a municipality in another pilot area: you became a client of your new home '
               "municipality's pilot\n"
               '– to a municipality outside the pilot: you became a client again of the TE Office that '
               'served your new home municipality.\n'
               '\n'
               'If you were not a client of the pilot and moved to a pilot municipality, you became a client '
               'if a client group applied to you. A move within the same municipality changed nothing.\n'
               '\n'
               'You can check your situation with the questions about moving in this service. If you are '
               'moving now, read the question “I am moving to another municipality now. What happens?”.'},
 {'question_fi': 'Muutan nyt toiseen kuntaan. Mitä tapahtuu?',
  'question_sv': 'Jag flyttar nu till en annan kommun. Vad händer?',
  'question_en': 'I am moving to another municipality now. What happens?',
  'answer_fi': 'Uuden kotikuntasi työllisyysalue järjestää työllisyyspalvelusi siitä päivästä alkaen, jona '
               'muutto on merkitty väestötietojärjestelmään. Tee muuttoilmoitus viimeistään viikon kuluttua '
               'muuttopäivästä.\n'
               '\n'
               'Jos muutat saman työllisyysalueen toiseen kuntaan, alue pysyy samana, mutta vastuu siirtyy '
               'uudelle kotikunnallesi. Jos muutat Ahvenanmaalle, sinua palvelee AMS.\n'
               '\n'
               'Työnhakusi jatkuu Työmarkkinatorilla. Tarkista siellä muuton jälkeen, että näet uuden '
               'alueesi palvelut, ja päivitä tietosi.\n'
               '\n'
               'Voit tarkistaa tilanteesi tämän palvelun muuttoa koskevilla kysymyksillä.',
  'answer_sv': 'Din nya hemkommuns sysselsättningsområde ordnar dina sysselsättningstjänster från och med '
               'den dag då flyttningen har förts in i befolkningsdatasystemet. Gör flyttanmälan senast en '
               'vecka efter flyttdagen.\n'
               '\n'
               'Om du flyttar till en annan kommun i samma sysselsättningsområde förblir området detsamma, '
               'men ansvaret går över till din nya hemkommun. Om du flyttar till Åland betjänas du av AMS.\n'
               '\n'
               'Din arbetssökning fortsätter på Jobbmarknaden. Kontrollera där efter flyttningen att du ser '
               'ditt nya områdes tjänster, och uppdatera dina uppgifter.\n'
               '\n'
               'Du kan kontrollera din situation med frågorna om flyttning här i tjänsten.',
  'answer_en': 'The employment area of your new home municipality arranges your employment services from the '
               'day the move is recorded in the population register. Report your move at the latest one week '
               'after moving day.\n'
               '\n'
               'If you move to another municipality in the same employment area, the area stays the same, '
               'but your new home municipality becomes responsible for you. If you move to Åland, AMS serves '
               'you.\n'
               '\n'
               'Your job search continues in Job Market Finland. After the move, check there that you see '
               'the services of your new area, and update your details.\n'
               '\n'
               'You can check your situation with the questions about moving in this service.'},
 {'question_fi': 'Kuka maksoi työttömyysetuuteni kokeilun aikana?',
  'question_sv': 'Vem betalade min arbetslöshetsförmån under försöket?',
  'question_en': 'Who paid my unemployment benefit during the pilot?',
  'answer_fi': 'Kokeilu ei muuttanut sitä, kuka maksaa työttömyysetuuden. Kela maksoi työmarkkinatuen ja '
               'peruspäivärahan kuten ennenkin. Työttömyyskassa maksoi ansiopäivärahan kuten ennenkin.\n'
               '\n'
               'Kokeilukunta antoi asiakkaidensa työvoimapoliittiset lausunnot Kelalle tai '
               'työttömyyskassalle.\n'
               '\n'
               'Tämä ei muuttunut 1.1.2025: hae etuutta edelleen Kelasta (kela.fi) tai omasta '
               'työttömyyskassastasi.',
  'answer_sv': 'Försöket ändrade inte vem som betalar arbetslöshetsförmånen. FPA betalade arbetsmarknadsstöd '
               'och grunddagpenning som tidigare. Arbetslöshetskassan (a-kassan) betalade inkomstrelaterad '
               'dagpenning som tidigare.\n'
               '\n'
               'Försökskommunen gav arbetskraftspolitiska utlåtanden om sina kunder till FPA eller '
               'a-kassan.\n'
               '\n'
               'Det här ändrades inte 1.1.2025: ansök fortfarande om förmånen hos FPA (kela.fi) eller hos '
               'din egen a-kassa.',
  'answer_en': 'The pilot did not change who pays your unemployment benefit. Kela paid labour market subsidy '
               'and basic unemployment allowance as before. Your unemployment fund paid earnings-related '
               'unemployment allowance as before.\n'
               '\n'
               'The pilot municipality gave the labour policy statements about its clients to Kela or the '
               'unemployment fund.\n'
               '\n'
               'This did not change on 1.1.2025: you still apply for your benefit at Kela (kela.fi) or at '
               'your own unemployment fund.'},
 {'question_fi': 'Asun Ahvenanmaalla. Koskiko kokeilu minua?',
  'question_sv': 'Jag bor på Åland. Gällde försöket mig?',
  'question_en': 'I live in Åland. Did the pilot apply to me?',
  'answer_fi': 'Ei. Ahvenanmaalla ei ollut kuntakokeilua eikä TE-toimistoa. Ahvenanmaalla '
               'työllisyyspalveluista vastaa Ahvenanmaan oma viranomainen, Ålands arbetsmarknads- och '
               'studieservicemyndighet (AMS).\n'
               '\n'
               'Näin on myös 1.1.2025 alkaen. Laki työvoimapalveluiden järjestämisestä ei koske '
               'Ahvenanmaata, joten siellä ei ole työllisyysalueita. AMS palvelee työnhakijoita kuten '
               'ennenkin.',
  'answer_sv': 'Nej. På Åland fanns inget kommunförsök och ingen TE-byrå. På Åland ansvarar en egen '
               'myndighet för sysselsättningstjänsterna: Ålands arbetsmarknads- och studieservicemyndighet '
               '(AMS).\n'
               '\n'
               'Så är det också från och med 1.1.2025. Lagen om ordnande av arbetskraftsservice gäller inte '
               'på Åland, och där finns inga sysselsättningsområden. AMS betjänar arbetssökande som '
               'tidigare.',
  'answer_en': 'No. Åland had no pilot and no TE Office. In Åland, its own authority is responsible for '
               'employment services: Ålands arbetsmarknads- och studieservicemyndighet (AMS).\n'
               '\n'
               'This is still the case since 1.1.2025. The Act on the Organisation of Employment Services '
               'does not apply in Åland, so there are no employment areas there. AMS serves jobseekers as '
               'before.'},
 {'question_fi': 'Oliko Kaakkois-Suomessa kuntakokeilua?',
  'question_sv': 'Fanns det ett kommunförsök i Sydöstra Finland?',
  'question_en': 'Was there a pilot in Southeast Finland?',
  'answer_fi': 'Ei. Kymenlaaksossa ja Etelä-Karjalassa ei ollut kuntakokeilua. Näiden maakuntien työnhakijat '
               'olivat koko kokeilun ajan TE-toimiston asiakkaita.\n'
               '\n'
               'Sama koski kaikkia muitakin, joiden kotikunta ei ollut kokeilukunta.\n'
               '\n'
               '1.1.2025 alkaen myös näissä maakunnissa työllisyyspalvelut järjestää kotikunnan '
               'työllisyysalue.',
  'answer_sv': 'Nej. I Kymmenedalen och Södra Karelen fanns inget kommunförsök. Arbetssökande i de här '
               'landskapen var kunder hos TE-byrån under hela försöket.\n'
               '\n'
               'Detsamma gällde alla andra vars hemkommun inte var en försökskommun.\n'
               '\n'
               'Från och med 1.1.2025 ordnas sysselsättningstjänsterna också i de här landskapen av '
               'hemkommunens sysselsättningsområde.',
  'answer_en': 'No. Kymenlaakso and South Karelia had no pilot. Jobseekers in these regions were clients of '
               'the TE Office during the whole pilot.\n'
               '\n'
               'The same was true for everyone else whose home municipality was not a pilot municipality.\n'
               '\n'
               'Since 1.1.2025, employment services in these regions too have been arranged by the '
               'employment area of the home municipality.'}]
