// An example report written for this demo (not a real article).
export const EXAMPLE = `Rebels push toward Goma as fighting spreads in eastern Congo

At least 35 people have been killed since Sunday, according to the UN and local officials.

Published on 14/03/2025 09:12

Updated on 14/03/2025 16:40

Reading time: 3 min

Displaced families wait for food near a camp outside Goma, North Kivu province, on March 13, 2025. (GUERCHOM NDEBO / AFP)

Fighters of the M23 rebel group advanced on Thursday to within 20 kilometres of Goma, the largest city in eastern Democratic Republic of Congo, the UN mission said on Friday.

"The situation is extremely worrying," said Bintou Keita, head of the UN mission (MONUSCO), in a statement. "Civilians are once again paying the price."

Congolese army spokesman Sylvain Ekenge told Reuters that government troops had "pushed back several attacks" overnight. According to a hospital in Goma, nearly 200 wounded people were admitted between Monday and Wednesday.

Rwanda, accused by Kinshasa and UN experts of backing the rebels, denies any involvement. The United States and France on Thursday called for an immediate ceasefire.

More than 7 million people are displaced inside the country, the International Organization for Migration (IOM) said in February.

-

Read also: Why the mineral trade fuels the war in North Kivu

Share this article`;
