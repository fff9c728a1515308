(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
#(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
!(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
v(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
#(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
T(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
D(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
C(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
I(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
#(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
`(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
`(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
D(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
#(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
0(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
X(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
I(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
T(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
{(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
\(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
%(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
\(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
*(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
>(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
2(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
}(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
2(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
0(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
2(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
4(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
0(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
9(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
q(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
*(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
2(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
0(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
2(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
4(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
0(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
9(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
[(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
工(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
业(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
投(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
资(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
](cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
\(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
[(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
高(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
平(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
经(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
济(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
技(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
术(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
开(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
发(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
区(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
](cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
\(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
>(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
D(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
^(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
{(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
1(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
}(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
^(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
`(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
`(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
`(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
{(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
}(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
^(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
*(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
{(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
^(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
*(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
}(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
D(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
[(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
%(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
\(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
3(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
](cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
{(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
D(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
>(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
2(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
1(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
}(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
U(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
N(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
N(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
_(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
T(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
P(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
_(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
_(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
P(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
T(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
H(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
P(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
T(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
H(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
U(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
N(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
N(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
_(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
T(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
P(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
#(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
D(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
`(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
`(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
%(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
\(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
1(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
J(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
S(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
O(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
N(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
q(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
F(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
S(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
0(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
8(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
j(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
>(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
j(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
%(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
\(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
+(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
2(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
I(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
F(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
S(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
[(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
v(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
](cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
v(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
j(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
j(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
|(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
J(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
S(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
O(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
N(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
q(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
F(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
S(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
0(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
,(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
8(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
!(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
j(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
1(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
y(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
{(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
q(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
}(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
{(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
}(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
q(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
$(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
w(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
g(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
b(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
_(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
/(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
v(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
z(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
-(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
f(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
高(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
平(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
经(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
开(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
区(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
现(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
入(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
驻(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
企(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
业(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
9(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
5(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
户(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
。(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
'(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
[(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
0(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
](cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
?(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
v(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
l(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
u(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
!(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
=(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
9(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
5(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
.(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
x(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
t(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
((cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
1(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
)(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
;(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
h(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
k(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
:(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
R(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
A(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
D(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
M(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
E(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
o(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
m(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
n(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
C(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
I(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
r(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
c(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
i(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
p(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
a(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
s(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
e(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
d(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
"(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
 (cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
>(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
&(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
2(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")

(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
