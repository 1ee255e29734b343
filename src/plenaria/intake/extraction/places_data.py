"""Country and city names (accent-free) with ISO 3166 codes and IANA time zones."""

# ISO2|English names|French names|other names (comma-separated inside a column)
COUNTRIES = """
AF|Afghanistan|Afghanistan|Afganistan
ZA|South Africa|Afrique du Sud|Sudafrica
AL|Albania|Albanie
DZ|Algeria|Algerie|Argelia
DE|Germany|Allemagne|Alemania
AD|Andorra|Andorre
AO|Angola|Angola
AG|Antigua and Barbuda|Antigua-et-Barbuda
SA|Saudi Arabia|Arabie saoudite|Arabia Saudita
AR|Argentina|Argentine
AM|Armenia|Armenie
AU|Australia|Australie
AT|Austria|Autriche
AZ|Azerbaijan|Azerbaidjan
BS|Bahamas|Bahamas
BH|Bahrain|Bahrein
BD|Bangladesh|Bangladesh
BB|Barbados|Barbade
BY|Belarus|Belarus
BE|Belgium|Belgique|Belgica
BZ|Belize|Belize
BJ|Benin|Benin
BT|Bhutan|Bhoutan
BO|Bolivia|Bolivie
BA|Bosnia and Herzegovina|Bosnie-Herzegovine
BW|Botswana|Botswana
BR|Brazil|Bresil|Brasil
BN|Brunei Darussalam,Brunei|Brunei Darussalam
BG|Bulgaria|Bulgarie
BF|Burkina Faso|Burkina Faso
BI|Burundi|Burundi
CV|Cabo Verde,Cape Verde|Cabo Verde,Cap-Vert
KH|Cambodia|Cambodge|Camboya
CM|Cameroon|Cameroun|Camerun
CA|Canada|Canada|Canada
CF|Central African Republic|Republique centrafricaine
CL|Chile|Chili
CN|China|Chine
CY|Cyprus|Chypre
CO|Colombia|Colombie
KM|Comoros|Comores
CG|Congo|Congo
CD|Democratic Republic of the Congo|Republique democratique du Congo
KR|Korea (Republic of),Republic of Korea|Coree (Republique de),Republique de Coree
KP|Democratic People's Republic of Korea|Republique populaire democratique de Coree
CR|Costa Rica|Costa Rica
CI|Cote d'Ivoire|Cote d'Ivoire
HR|Croatia|Croatie
CU|Cuba|Cuba
DK|Denmark|Danemark|Dinamarca
DJ|Djibouti|Djibouti
DM|Dominica|Dominique
DO|Dominican Republic|Republique dominicaine
EG|Egypt|Egypte|Egipto
SV|El Salvador|El Salvador
AE|United Arab Emirates|Emirats arabes unis|Emiratos Arabes Unidos
EC|Ecuador|Equateur
ER|Eritrea|Erythree
ES|Spain|Espagne|Espana
EE|Estonia|Estonie
SZ|Eswatini|Eswatini
US|United States of America,United States,USA|Etats-Unis d'Amerique,Etats-Unis|Estados Unidos
ET|Ethiopia|Ethiopie|Etiopia
FJ|Fiji|Fidji
FI|Finland|Finlande|Finlandia
FR|France|France|Francia
GA|Gabon|Gabon
GM|Gambia|Gambie
GE|Georgia|Georgie
GH|Ghana|Ghana
GR|Greece|Grece|Grecia
GD|Grenada|Grenade
GT|Guatemala|Guatemala
GN|Guinea|Guinee
GW|Guinea-Bissau|Guinee-Bissau
GQ|Equatorial Guinea|Guinee equatoriale
GY|Guyana|Guyana
HT|Haiti|Haiti
HN|Honduras|Honduras
HU|Hungary|Hongrie|Hungria
IN|India|Inde
ID|Indonesia|Indonesie
IR|Iran (Islamic Republic of),Iran|Iran (Republique islamique d'),Iran
IQ|Iraq|Iraq
IE|Ireland|Irlande|Irlanda
IS|Iceland|Islande
IL|Israel|Israel
IT|Italy|Italie|Italia
JM|Jamaica|Jamaique
JP|Japan|Japon|Japon
JO|Jordan|Jordanie|Jordania
KZ|Kazakhstan|Kazakhstan
KE|Kenya|Kenya
KG|Kyrgyzstan,Kyrgyz Republic|Kirghizistan
KI|Kiribati|Kiribati
KW|Kuwait|Koweit
LA|Lao People's Democratic Republic,Laos|Republique democratique populaire lao,Laos
LS|Lesotho|Lesotho
LV|Latvia|Lettonie
LB|Lebanon|Liban|Libano
LR|Liberia|Liberia
LY|Libya|Libye
LI|Liechtenstein|Liechtenstein
LT|Lithuania|Lituanie
LU|Luxembourg|Luxembourg
MK|North Macedonia|Macedoine du Nord
MG|Madagascar|Madagascar
MY|Malaysia|Malaisie
MW|Malawi|Malawi
MV|Maldives|Maldives
ML|Mali|Mali
MT|Malta|Malte
MA|Morocco|Maroc|Marruecos
MH|Marshall Islands|Iles Marshall
MU|Mauritius|Maurice
MR|Mauritania|Mauritanie
MX|Mexico|Mexique
FM|Micronesia|Micronesie
MD|Moldova|Moldova
MC|Monaco|Monaco
MN|Mongolia|Mongolie
ME|Montenegro|Montenegro
MZ|Mozambique|Mozambique
MM|Myanmar|Myanmar
NA|Namibia|Namibie
NR|Nauru|Nauru
NP|Nepal|Nepal
NI|Nicaragua|Nicaragua
NE|Niger|Niger
NG|Nigeria|Nigeria
NO|Norway|Norvege|Noruega
NZ|New Zealand|Nouvelle-Zelande
OM|Oman|Oman
UG|Uganda|Ouganda
UZ|Uzbekistan|Ouzbekistan
PK|Pakistan|Pakistan
PW|Palau|Palaos
PS|Palestine|Palestine
PA|Panama|Panama
PG|Papua New Guinea|Papouasie-Nouvelle-Guinee
PY|Paraguay|Paraguay
NL|Netherlands,Kingdom of the Netherlands|Pays-Bas|Paises Bajos
PE|Peru|Perou
PH|Philippines|Philippines|Filipinas
PL|Poland|Pologne|Polonia
PT|Portugal|Portugal
QA|Qatar|Qatar
RO|Romania|Roumanie|Rumania
GB|United Kingdom,United Kingdom of Great Britain and Northern Ireland|Royaume-Uni|Reino Unido
RU|Russian Federation,Russia|Federation de Russie,Russie|Federacion de Rusia
RW|Rwanda|Rwanda|Ruanda
KN|Saint Kitts and Nevis|Saint-Kitts-et-Nevis
SM|San Marino|Saint-Marin
VC|Saint Vincent and the Grenadines|Saint-Vincent-et-les-Grenadines
LC|Saint Lucia|Sainte-Lucie
SB|Solomon Islands|Iles Salomon
WS|Samoa|Samoa
ST|Sao Tome and Principe|Sao Tome-et-Principe
SN|Senegal|Senegal
RS|Serbia|Serbie
SC|Seychelles|Seychelles
SL|Sierra Leone|Sierra Leone
SG|Singapore|Singapour|Singapur
SK|Slovakia,Slovak Republic|Slovaquie
SI|Slovenia|Slovenie
SO|Somalia|Somalie
SD|Sudan|Soudan
SS|South Sudan|Soudan du Sud
LK|Sri Lanka|Sri Lanka
SE|Sweden|Suede|Suecia
CH|Switzerland|Suisse|Suiza,Confederation suisse
SR|Suriname|Suriname
SY|Syrian Arab Republic,Syria|Republique arabe syrienne
TJ|Tajikistan|Tadjikistan
TZ|Tanzania,United Republic of Tanzania|Tanzanie,Republique-Unie de Tanzanie
TD|Chad|Tchad
CZ|Czech Republic,Czechia|Republique tcheque,Tchequie
TH|Thailand|Thailande|Tailandia
TL|Timor-Leste|Timor-Leste
TG|Togo|Togo
TO|Tonga|Tonga
TT|Trinidad and Tobago|Trinite-et-Tobago
TN|Tunisia|Tunisie|Tunez
TM|Turkmenistan|Turkmenistan
TR|Turkiye,Turkey|Turkiye,Turquie|Turquia
TV|Tuvalu|Tuvalu
UA|Ukraine|Ukraine|Ucrania
UY|Uruguay|Uruguay
VU|Vanuatu|Vanuatu
VA|Vatican|Vatican
VE|Venezuela|Venezuela
VN|Viet Nam,Vietnam|Viet Nam
YE|Yemen|Yemen
ZM|Zambia|Zambie
ZW|Zimbabwe|Zimbabwe
"""

# city names|ISO2|IANA zone
CITIES = """
Geneve,Geneva,Ginebra,Genf|CH|Europe/Zurich
Berne,Bern|CH|Europe/Zurich
Lausanne|CH|Europe/Zurich
Zurich|CH|Europe/Zurich
Kigali|RW|Africa/Kigali
New York|US|America/New_York
Washington|US|America/New_York
Addis-Abeba,Addis Ababa,Addis Abeba|ET|Africa/Addis_Ababa
Paris|FR|Europe/Paris
Bangkok|TH|Asia/Bangkok
Nairobi|KE|Africa/Nairobi
Dubai,Doubai|AE|Asia/Dubai
Abu Dhabi|AE|Asia/Dubai
Buenos Aires|AR|America/Argentina/Buenos_Aires
Hyderabad|IN|Asia/Kolkata
New Delhi,New-Delhi,Delhi|IN|Asia/Kolkata
Bucarest,Bucharest|RO|Europe/Bucharest
Charm el-Cheikh,Sharm el-Sheikh,Sharm El Sheikh|EG|Africa/Cairo
Le Caire,Cairo|EG|Africa/Cairo
Kyoto|JP|Asia/Tokyo
Tokyo|JP|Asia/Tokyo
Busan|KR|Asia/Seoul
Seoul,Seoul|KR|Asia/Seoul
Dakar|SN|Africa/Dakar
Abidjan|CI|Africa/Abidjan
Accra|GH|Africa/Accra
Abuja|NG|Africa/Lagos
Lagos|NG|Africa/Lagos
Kampala|UG|Africa/Kampala
Dar es Salaam|TZ|Africa/Dar_es_Salaam
Lusaka|ZM|Africa/Lusaka
Harare|ZW|Africa/Harare
Victoria Falls|ZW|Africa/Harare
Johannesburg|ZA|Africa/Johannesburg
Le Cap,Cape Town|ZA|Africa/Johannesburg
Durban|ZA|Africa/Johannesburg
Windhoek|NA|Africa/Windhoek
Gaborone|BW|Africa/Gaborone
Maputo|MZ|Africa/Maputo
Tunis|TN|Africa/Tunis
Rabat|MA|Africa/Casablanca
Marrakech,Marrakesh|MA|Africa/Casablanca
Alger,Algiers|DZ|Africa/Algiers
Riyad,Riyadh|SA|Asia/Riyadh
Doha|QA|Asia/Qatar
Mascate,Muscat|OM|Asia/Muscat
Manama|BH|Asia/Bahrain
Amman|JO|Asia/Amman
Beyrouth,Beirut|LB|Asia/Beirut
Istanbul|TR|Europe/Istanbul
Antalya|TR|Europe/Istanbul
Bakou,Baku|AZ|Asia/Baku
Tbilissi,Tbilisi|GE|Asia/Tbilisi
Moscou,Moscow|RU|Europe/Moscow
Minsk|BY|Europe/Minsk
Kiev,Kyiv|UA|Europe/Kyiv
Varsovie,Warsaw|PL|Europe/Warsaw
Prague|CZ|Europe/Prague
Budapest|HU|Europe/Budapest
Vienne,Vienna|AT|Europe/Vienna
Berlin|DE|Europe/Berlin
Bonn|DE|Europe/Berlin
Bruxelles,Brussels|BE|Europe/Brussels
Londres,London|GB|Europe/London
Madrid|ES|Europe/Madrid
Barcelone,Barcelona|ES|Europe/Madrid
Lisbonne,Lisbon,Lisboa|PT|Europe/Lisbon
Rome,Roma|IT|Europe/Rome
La Valette,Valletta|MT|Europe/Malta
Athenes,Athens|GR|Europe/Athens
Stockholm|SE|Europe/Stockholm
Helsinki|FI|Europe/Helsinki
Oslo|NO|Europe/Oslo
Copenhague,Copenhagen|DK|Europe/Copenhagen
Dublin|IE|Europe/Dublin
La Haye,The Hague|NL|Europe/Amsterdam
Amsterdam|NL|Europe/Amsterdam
Montreal|CA|America/Toronto
Ottawa|CA|America/Toronto
Toronto|CA|America/Toronto
Mexico City|MX|America/Mexico_City
Cancun|MX|America/Cancun
Bogota|CO|America/Bogota
Lima|PE|America/Lima
Santiago|CL|America/Santiago
Brasilia|BR|America/Sao_Paulo
Rio de Janeiro|BR|America/Sao_Paulo
Sao Paulo|BR|America/Sao_Paulo
Montevideo|UY|America/Montevideo
Asuncion|PY|America/Asuncion
Quito|EC|America/Guayaquil
Panama City|PA|America/Panama
San Jose|CR|America/Costa_Rica
Port of Spain,Port-d'Espagne|TT|America/Port_of_Spain
Kingston|JM|America/Jamaica
Nassau|BS|America/Nassau
Bridgetown|BB|America/Barbados
La Havane,Havana|CU|America/Havana
Saint-Domingue,Santo Domingo|DO|America/Santo_Domingo
Colombo|LK|Asia/Colombo
Dhaka|BD|Asia/Dhaka
Katmandou,Kathmandu|NP|Asia/Kathmandu
Islamabad|PK|Asia/Karachi
Tachkent,Tashkent|UZ|Asia/Tashkent
Almaty|KZ|Asia/Almaty
Astana|KZ|Asia/Almaty
Bichkek,Bishkek|KG|Asia/Bishkek
Oulan-Bator,Ulaanbaatar|MN|Asia/Ulaanbaatar
Pekin,Beijing|CN|Asia/Shanghai
Shanghai|CN|Asia/Shanghai
Shenzhen|CN|Asia/Shanghai
Hong Kong|HK|Asia/Hong_Kong
Singapour,Singapore|SG|Asia/Singapore
Kuala Lumpur|MY|Asia/Kuala_Lumpur
Jakarta|ID|Asia/Jakarta
Bali|ID|Asia/Makassar
Manille,Manila|PH|Asia/Manila
Hanoi|VN|Asia/Ho_Chi_Minh
Phnom Penh|KH|Asia/Phnom_Penh
Vientiane|LA|Asia/Vientiane
Sydney|AU|Australia/Sydney
Canberra|AU|Australia/Sydney
Wellington|NZ|Pacific/Auckland
Suva|FJ|Pacific/Fiji
Nadi|FJ|Pacific/Fiji
Apia|WS|Pacific/Apia
Port Moresby|PG|Pacific/Port_Moresby
Yaounde|CM|Africa/Douala
Kinshasa|CD|Africa/Kinshasa
Brazzaville|CG|Africa/Brazzaville
Bamako|ML|Africa/Bamako
Ouagadougou|BF|Africa/Ouagadougou
Niamey|NE|Africa/Niamey
Libreville|GA|Africa/Libreville
Lome|TG|Africa/Lome
Cotonou|BJ|Africa/Porto-Novo
Port Louis|MU|Indian/Mauritius
Antananarivo|MG|Indian/Antananarivo
Victoria|SC|Indian/Mahe
"""
