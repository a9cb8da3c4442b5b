/**
 * Draws the illustrations used by the sample content (news and forum photos) and writes
 * them as JPEG files beside the entries that use them.
 *
 * The sample content must not carry photos of real people, and a plain grey placeholder
 * would hide layout problems that only show with a real picture (cropping, contrast under
 * captions, file weight). So each scene is a simple flat-colour drawing of what the
 * article's alt text describes, with no text in the picture.
 *
 * Run: node scripts/make-sample-photos.ts   (Node 24 strips the types)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';

const WIDTH = 1600;
const HEIGHT = 1000;
const JPEG_QUALITY = 78;
const ROOT = join(import.meta.dirname, '..');

type Point = [number, number];

/** Hand positions relative to the shoulder, as fractions of the figure's height. */
interface Arms {
  left?: Point;
  right?: Point;
}

interface Figure {
  x: number;
  /** Where the feet touch the floor. */
  y: number;
  h: number;
  skin: string;
  shirt: string;
  pants: string;
  hair?: string;
  hijab?: string | undefined;
  skirt?: boolean;
  /** Sitting on a chair, knees towards the viewer. */
  seated?: boolean;
  coat?: boolean;
  vest?: string;
  arms?: Arms;
  /** Something held in the right hand (viewer's left). */
  holding?: 'box' | 'packet' | 'clipboard';
}

const SKIN = ['#8d5a3b', '#b07a52', '#c68c62', '#a86f4a', '#d1a07a', '#7a4b30'];
const DARK = '#2b2b33';

const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}"/>`;
const circle = (cx: number, cy: number, r: number, fill: string) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`;
const poly = (points: Point[], fill: string) => `<polygon points="${points.map((p) => p.join(',')).join(' ')}" fill="${fill}"/>`;
const line = (a: Point, b: Point, stroke: string, width: number) =>
  `<line x1="${a[0]}" y1="${a[1]}" x2="${b[0]}" y2="${b[1]}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round"/>`;

/** A person facing the viewer. Draw tables after seated people so the table hides the legs. */
function person(f: Figure): string {
  const { x, y, h } = f;
  const r = h * 0.075;
  const top = f.seated ? y - h * 0.74 : y - h;
  const headY = top + r;
  const shoulderY = headY + r * 1.45;
  const hipY = f.seated ? y - h * 0.26 : y - h * 0.47;
  const w = h * 0.26;
  const armW = w * 0.22;
  const out: string[] = [];
  if (f.seated) {
    out.push(rect(x - w * 0.62, shoulderY + h * 0.04, w * 1.24, hipY - shoulderY, '#4a4f5a', 8));
    out.push(rect(x - w * 0.66, hipY - h * 0.02, w * 1.32, h * 0.05, '#3b3f48', 5));
    out.push(rect(x - w * 0.58, hipY, w * 0.08, y - hipY, '#3b3f48'), rect(x + w * 0.5, hipY, w * 0.08, y - hipY, '#3b3f48'));
  }
  // legs or skirt
  if ((f.skirt || f.hijab) && !f.seated) {
    out.push(poly([[x - w * 0.45, hipY - 4], [x + w * 0.45, hipY - 4], [x + w * 0.6, y - 8], [x - w * 0.6, y - 8]], f.pants));
  } else {
    out.push(rect(x - w * 0.42, hipY - 4, w * 0.38, y - hipY - 4, f.pants, 6));
    out.push(rect(x + w * 0.04, hipY - 4, w * 0.38, y - hipY - 4, f.pants, 6));
  }
  out.push(`<ellipse cx="${x - w * 0.25}" cy="${y - 6}" rx="${w * 0.26}" ry="${h * 0.02}" fill="${DARK}"/>`);
  out.push(`<ellipse cx="${x + w * 0.25}" cy="${y - 6}" rx="${w * 0.26}" ry="${h * 0.02}" fill="${DARK}"/>`);
  // arms: right arm is on the viewer's left
  const arms: Required<Arms> = { left: [0.06, 0.36], right: [-0.06, 0.36], ...f.arms };
  const rightShoulder: Point = [x - w * 0.42, shoulderY + armW * 0.6];
  const leftShoulder: Point = [x + w * 0.42, shoulderY + armW * 0.6];
  const rightHand: Point = [rightShoulder[0] + arms.right[0] * h, rightShoulder[1] + arms.right[1] * h];
  const leftHand: Point = [leftShoulder[0] + arms.left[0] * h, leftShoulder[1] + arms.left[1] * h];
  const sleeve = f.coat ? '#f4f6f8' : f.shirt;
  out.push(line(rightShoulder, rightHand, sleeve, armW));
  out.push(line(leftShoulder, leftHand, sleeve, armW));
  out.push(circle(rightHand[0], rightHand[1], armW * 0.55, f.skin));
  out.push(circle(leftHand[0], leftHand[1], armW * 0.55, f.skin));
  // torso
  out.push(rect(x - w / 2, shoulderY, w, hipY - shoulderY + 6, f.coat ? '#f4f6f8' : f.shirt, w * 0.22));
  if (f.coat) out.push(rect(x - w * 0.12, shoulderY, w * 0.24, (hipY - shoulderY) * 0.55, f.shirt, 4));
  if (f.vest) {
    out.push(rect(x - w / 2, shoulderY + 4, w, hipY - shoulderY, f.vest, w * 0.2));
    out.push(rect(x - w / 2, shoulderY + (hipY - shoulderY) * 0.55, w, h * 0.025, '#eef2c8'));
  }
  // head
  if (f.hijab) {
    out.push(poly([[x - r * 1.35, headY], [x + r * 1.35, headY], [x + w * 0.55, shoulderY + h * 0.07], [x - w * 0.55, shoulderY + h * 0.07]], f.hijab));
    out.push(circle(x, headY, r * 1.35, f.hijab));
    out.push(circle(x, headY + r * 0.12, r * 0.85, f.skin));
  } else {
    out.push(rect(x - r * 0.35, headY + r * 0.8, r * 0.7, r * 0.8, f.skin));
    out.push(circle(x, headY, r, f.skin));
    out.push(`<path d="M ${x - r * 1.05} ${headY + r * 0.1} A ${r * 1.05} ${r * 1.05} 0 0 1 ${x + r * 1.05} ${headY + r * 0.1} Q ${x} ${headY - r * 0.35} ${x - r * 1.05} ${headY + r * 0.1} Z" fill="${f.hair ?? DARK}"/>`);
  }
  if (f.holding) out.push(held(f.holding, rightHand, h));
  return out.join('');
}

function held(kind: 'box' | 'packet' | 'clipboard', hand: Point, h: number): string {
  const [hx, hy] = hand;
  if (kind === 'box') return rect(hx - h * 0.05, hy - h * 0.09, h * 0.1, h * 0.08, '#e0524a', 3) + rect(hx - h * 0.05, hy - h * 0.06, h * 0.1, h * 0.018, '#ffffff');
  if (kind === 'packet') return poly([[hx - h * 0.045, hy - h * 0.12], [hx + h * 0.045, hy - h * 0.12], [hx + h * 0.055, hy - h * 0.01], [hx - h * 0.055, hy - h * 0.01]], '#f2b134') + rect(hx - h * 0.05, hy - h * 0.08, h * 0.1, h * 0.025, '#c0392b');
  return rect(hx - h * 0.06, hy - h * 0.12, h * 0.12, h * 0.16, '#8d6e4f', 4) + rect(hx - h * 0.05, hy - h * 0.105, h * 0.1, h * 0.13, '#fbfbf6', 2);
}

/** A seated or standing person seen from behind: head and shoulders only. */
function back(x: number, y: number, s: number, shirt: string, hair: string, hijab?: string): string {
  const out: string[] = [];
  out.push(`<path d="M ${x - 95 * s} ${y} L ${x - 90 * s} ${y - 120 * s} Q ${x - 85 * s} ${y - 175 * s} ${x - 30 * s} ${y - 180 * s} L ${x + 30 * s} ${y - 180 * s} Q ${x + 85 * s} ${y - 175 * s} ${x + 90 * s} ${y - 120 * s} L ${x + 95 * s} ${y} Z" fill="${shirt}"/>`);
  if (hijab) {
    out.push(poly([[x - 48 * s, y - 230 * s], [x + 48 * s, y - 230 * s], [x + 70 * s, y - 150 * s], [x - 70 * s, y - 150 * s]], hijab));
    out.push(circle(x, y - 232 * s, 50 * s, hijab));
  } else {
    out.push(rect(x - 16 * s, y - 205 * s, 32 * s, 35 * s, SKIN[2]!));
    out.push(circle(x, y - 232 * s, 44 * s, hair));
  }
  return out.join('');
}

/** A wheelchair user in side view, facing right; (x, y) is where the big wheel meets the floor. */
function wheelchairUser(x: number, y: number, s: number, shirt: string, pants: string, skin: string, hair = DARK): string {
  const g: string[] = [];
  const R = 62;
  g.push(rect(-20, -150, 95, 16, '#4a4f5a', 6)); // seat
  g.push(line([-18, -150], [-30, -270], '#4a4f5a', 12)); // backrest
  g.push(line([-30, -270], [-55, -275], '#4a4f5a', 10)); // push handle
  g.push(line([70, -140], [95, -40], '#4a4f5a', 10)); // leg rest
  g.push(rect(85, -44, 40, 10, '#4a4f5a', 3)); // footplate
  g.push(rect(-10, -250, 60, 105, shirt, 22)); // torso
  g.push(rect(10, -178, 100, 38, pants, 16)); // thigh
  g.push(rect(82, -165, 34, 125, pants, 14)); // shin
  g.push(rect(78, -48, 52, 16, DARK, 6)); // shoe
  g.push(circle(22, -285, 30, skin)); // head
  g.push(`<path d="M -9 -287 A 31 31 0 0 1 53 -290 Q 20 -300 -9 -287 Z" fill="${hair}"/>`);
  g.push(line([20, -230], [5, -160], shirt, 16)); // arm to the wheel rim
  g.push(circle(5, -158, 9, skin));
  g.push(`<circle cx="0" cy="${-R}" r="${R}" fill="none" stroke="#2f333b" stroke-width="11"/>`);
  g.push(`<circle cx="0" cy="${-R}" r="${R - 16}" fill="none" stroke="#8a909c" stroke-width="4"/>`);
  g.push(circle(0, -R, 8, '#2f333b'));
  g.push(`<circle cx="112" cy="-16" r="16" fill="#2f333b"/>`);
  return `<g transform="translate(${x} ${y}) scale(${s})">${g.join('')}</g>`;
}

/** Wheelchair seen from behind: two big wheels either side of a person's back. */
function wheelchairFromBehind(x: number, y: number, s: number, shirt: string, hair: string): string {
  return [
    `<ellipse cx="${x - 105 * s}" cy="${y - 60 * s}" rx="${22 * s}" ry="${95 * s}" fill="none" stroke="#2f333b" stroke-width="${12 * s}"/>`,
    `<ellipse cx="${x + 105 * s}" cy="${y - 60 * s}" rx="${22 * s}" ry="${95 * s}" fill="none" stroke="#2f333b" stroke-width="${12 * s}"/>`,
    back(x, y + 10 * s, s * 0.9, shirt, hair),
    line([x - 80 * s, y - 190 * s], [x - 80 * s, y - 40 * s], '#4a4f5a', 10 * s),
    line([x + 80 * s, y - 190 * s], [x + 80 * s, y - 40 * s], '#4a4f5a', 10 * s),
    line([x - 80 * s, y - 190 * s], [x - 100 * s, y - 200 * s], '#4a4f5a', 10 * s),
    line([x + 80 * s, y - 190 * s], [x + 100 * s, y - 200 * s], '#4a4f5a', 10 * s),
  ].join('');
}

/** Tables seen from the front: a top surface and a front panel. */
const table = (x: number, y: number, w: number, h: number, top: string, front: string) =>
  rect(x, y, w, 18, top, 4) + rect(x + 6, y + 18, w - 12, h - 18, front, 2);

function screen(x: number, y: number, w: number, h: number, content: 'bars' | 'bowl'): string {
  const out = [rect(x - 12, y - 12, w + 24, h + 24, '#3b4150', 6), rect(x, y, w, h, '#f7f9fb')];
  if (content === 'bars') {
    const colours = ['#3d7dd8', '#44a06b', '#f0a531', '#3d7dd8'];
    const heights = [0.45, 0.62, 0.55, 0.78];
    heights.forEach((v, i) => {
      const bw = w / 7;
      out.push(rect(x + bw * (1 + i * 1.4), y + h * 0.88 - h * 0.75 * v, bw, h * 0.75 * v, colours[i]!));
    });
    out.push(rect(x + w * 0.08, y + h * 0.88, w * 0.84, 4, '#9aa3ad'));
  } else {
    const cx = x + w / 2;
    const cy = y + h * 0.55;
    out.push(`<path d="M ${cx - w * 0.22} ${cy} A ${w * 0.22} ${h * 0.3} 0 0 0 ${cx + w * 0.22} ${cy} Z" fill="#d9653b"/>`);
    out.push(`<ellipse cx="${cx}" cy="${cy}" rx="${w * 0.22}" ry="${h * 0.06}" fill="#f3d9a4"/>`);
    out.push(circle(cx - w * 0.07, cy - 6, h * 0.05, '#5aa55a') + circle(cx + w * 0.05, cy - 8, h * 0.045, '#e04b3f') + circle(cx + w * 0.12, cy - 2, h * 0.035, '#5aa55a'));
    for (const dx of [-0.08, 0, 0.08]) {
      out.push(`<path d="M ${cx + w * dx} ${cy - h * 0.12} q ${w * 0.025} ${-h * 0.06} 0 ${-h * 0.12} q ${-w * 0.025} ${-h * 0.06} 0 ${-h * 0.12}" fill="none" stroke="#b9c3cc" stroke-width="6" stroke-linecap="round"/>`);
    }
  }
  return out.join('');
}

const room = (wall: string, floor: string, floorY = 650) =>
  rect(0, 0, WIDTH, HEIGHT, wall) + rect(0, floorY, WIDTH, HEIGHT - floorY, floor) + rect(0, floorY - 6, WIDTH, 12, '#00000018');
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${body}</svg>`;

/** Integrity-zone pledge: six staff on a stage raise their right hands before the audience. */
function pledgeScene(): string {
  const out = [room('#efe4cf', '#b98a62', 620)];
  out.push(rect(150, 110, 1300, 440, '#2c5d8f', 8), rect(150, 470, 1300, 80, '#3f9b6e'), circle(800, 250, 70, '#e9c24a'), circle(800, 250, 44, '#2c5d8f'));
  out.push(rect(90, 560, 1420, 70, '#7b4f33', 4));
  const shirts = ['#f4f4f0', '#f4f4f0', '#f4f4f0', '#f4f4f0', '#f4f4f0', '#f4f4f0'];
  for (let i = 0; i < 6; i++) {
    const female = i % 3 === 1;
    out.push(person({
      x: 330 + i * 188, y: 575, h: 330, skin: SKIN[i]!, shirt: shirts[i]!, pants: i % 2 ? '#2d3e5c' : '#33363f',
      hair: DARK, hijab: female ? ['#7d5ba6', '#2f7f7a'][i % 2] : undefined,
      arms: { right: [-0.03, -0.27], left: [0.05, 0.36] },
    }));
  }
  out.push(circle(130, 540, 50, '#3c8d4f'), rect(105, 540, 50, 50, '#a0522d', 6), circle(1470, 540, 50, '#3c8d4f'), rect(1445, 540, 50, 50, '#a0522d', 6));
  const audience = ['#5b7fa6', '#c0504d', '#6a8f4e', '#8064a2', '#d08a2c', '#4c8c8c', '#a05a7a', '#5b6f8f'];
  for (let i = 0; i < 8; i++) out.push(back(110 + i * 197, 1010, 1.05, audience[i]!, DARK, i % 3 === 0 ? '#d9a441' : undefined));
  return svg(out.join(''));
}

/** Forum presentation seen from the back of the room, one participant in a wheelchair. */
function presentationScene(): string {
  const out = [room('#e6edf2', '#9c8f80', 600)];
  out.push(rect(1180, 90, 300, 300, '#bfe0f2', 6), rect(1325, 90, 10, 300, '#e6edf2'));
  out.push(screen(170, 90, 680, 400, 'bars'));
  out.push(person({ x: 980, y: 628, h: 400, skin: SKIN[1]!, shirt: '#2f6b9a', pants: '#2d2f38', arms: { right: [-0.22, -0.05], left: [0.05, 0.36] } }));
  out.push(table(60, 640, 1480, 70, '#c8a27a', '#a9825c'));
  const row1 = ['#c0504d', '#4f81bd', '#9bbb59', '#8064a2', '#f79646', '#4bacc6'];
  row1.forEach((c, i) => out.push(back(180 + i * 250, 790, 0.75, c, DARK, i === 2 ? '#6b8e23' : undefined)));
  out.push(table(0, 790, WIDTH, 60, '#c8a27a', '#a9825c'));
  out.push(back(240, 1020, 1.15, '#3f6e8c', DARK, '#b03a48'));
  out.push(wheelchairFromBehind(620, 1000, 1.05, '#2e8b57', '#4a3728'));
  out.push(back(1010, 1020, 1.15, '#d08a2c', DARK));
  out.push(back(1390, 1020, 1.15, '#6c5b7b', DARK, '#355c7d'));
  return svg(out.join(''));
}

/** Forum page photo: participants around a U-shaped table, screen at the end of the room. */
function uTableScene(): string {
  const out = [room('#efe9df', '#8f9aa3', 520)];
  out.push(screen(600, 80, 400, 240, 'bars'));
  // people at the head table, then the head table
  ['#2f6b9a', '#f4f4f0', '#8064a2'].forEach((c, i) => out.push(person({ x: 680 + i * 120, y: 590, h: 300, seated: true, skin: SKIN[i + 1]!, shirt: c, pants: DARK, hijab: i === 2 ? '#c98b2b' : undefined, arms: { right: [0.04, 0.2], left: [-0.04, 0.2] } })));
  out.push(table(560, 470, 480, 120, '#b98d63', '#95704d'));
  // side tables in perspective, people on their outer side
  const sides: { x: number; y: number; h: number }[] = [
    { x: 470, y: 650, h: 280 },
    { x: 360, y: 760, h: 330 },
    { x: 230, y: 890, h: 390 },
  ];
  const colours = ['#c0504d', '#4f81bd', '#9bbb59', '#f79646', '#4bacc6', '#a05a7a'];
  sides.forEach((s, i) => {
    out.push(person({ x: s.x - 70, y: s.y, h: s.h, seated: true, skin: SKIN[i]!, shirt: colours[i]!, pants: DARK, hijab: i === 1 ? '#2f7f7a' : undefined, arms: { right: [0.02, 0.22], left: [0.1, 0.18] } }));
    out.push(person({ x: WIDTH - s.x + 70, y: s.y, h: s.h, seated: true, skin: SKIN[i + 2]!, shirt: colours[i + 3]!, pants: DARK, arms: { right: [-0.1, 0.18], left: [-0.02, 0.22] } }));
  });
  out.push(poly([[530, 520], [600, 520], [360, 1000], [220, 1000]], '#b98d63'), poly([[600, 520], [612, 520], [372, 1000], [360, 1000]], '#95704d'));
  out.push(poly([[1070, 520], [1000, 520], [1240, 1000], [1380, 1000]], '#b98d63'), poly([[1000, 520], [988, 520], [1228, 1000], [1240, 1000]], '#95704d'));
  out.push(wheelchairUser(760, 960, 1.25, '#d08a2c', '#37474f', SKIN[4]!));
  return svg(out.join(''));
}

/** Entrance with a ramp and handrails: a wheelchair user goes up, an older man with a cane waits. */
function rampScene(): string {
  const out = [rect(0, 0, WIDTH, HEIGHT, '#bfe3f5'), rect(0, 860, WIDTH, 140, '#a7a39a')];
  out.push(rect(600, 60, 1000, 800, '#dccbb0'), rect(560, 40, 1040, 40, '#9b6b43'));
  out.push(rect(700, 160, 200, 150, '#8fc3dc', 4), rect(1350, 160, 200, 150, '#8fc3dc', 4));
  out.push(rect(1040, 330, 280, 372, '#3e5566', 4), rect(1175, 330, 10, 372, '#dccbb0'), rect(1000, 300, 360, 28, '#9b6b43', 4));
  out.push(rect(980, 700, 620, 160, '#c9c2b5'), rect(980, 700, 620, 14, '#e0dacd'));
  out.push(poly([[250, 860], [980, 700], [980, 860]], '#c9c2b5'), poly([[250, 860], [980, 700], [980, 714], [264, 860]], '#e0dacd'));
  // far handrail (lighter), then the wheelchair user, then the near handrail
  out.push(line([300, 765], [985, 615], '#9aa3ad', 8), line([985, 615], [1020, 615], '#9aa3ad', 8));
  // the ramp rises 160 px over 730 px; stand the chair on its surface at x = 600
  const rampY = (x: number) => 860 - ((x - 250) / 730) * 160;
  out.push(`<g transform="translate(600 ${rampY(600)}) rotate(${(-Math.atan2(160, 730) * 180) / Math.PI})">${wheelchairUser(0, 0, 1.05, '#3c7dbf', '#40444f', SKIN[0]!)}</g>`);
  for (const px of [280, 460, 640, 820, 980]) {
    const top = 860 - ((px - 250) / 730) * 160 - 75;
    out.push(line([px, top], [px, top + 75], '#55606b', 9));
  }
  out.push(line([270, 790], [985, 633], '#55606b', 11), line([985, 633], [1030, 633], '#55606b', 11));
  out.push(person({ x: 140, y: 915, h: 360, skin: SKIN[4]!, shirt: '#8e6c8a', pants: '#4b4f58', hair: '#d9d9d9', arms: { right: [-0.1, 0.33], left: [0.06, 0.36] } }));
  out.push(line([65, 752], [52, 912], '#5d4037', 9));
  out.push(circle(1530, 660, 55, '#4f9a55'), rect(1505, 660, 50, 50, '#8d5a3b', 6));
  return svg(out.join(''));
}

/** Pharmacy counter: an officer in a white coat shows a box of medicine to two residents. */
function pharmacyScene(): string {
  const out = [room('#edf3ee', '#c8c0b2', 640)];
  out.push(rect(150, 100, 1300, 470, '#c9a77c', 6));
  const boxes = ['#e0524a', '#3d7dd8', '#f0a531', '#44a06b', '#f4f4f0', '#8064a2', '#4bacc6'];
  for (let shelf = 0; shelf < 3; shelf++) {
    const sy = 120 + shelf * 150;
    out.push(rect(150, sy + 125, 1300, 14, '#9b7a52'));
    for (let i = 0; i < 20; i++) {
      const bh = 60 + ((i * 37 + shelf * 11) % 50);
      out.push(rect(175 + i * 63, sy + 125 - bh, 50, bh, boxes[(i + shelf * 3) % boxes.length]!, 3));
    }
  }
  out.push(person({ x: 800, y: 760, h: 430, skin: SKIN[2]!, shirt: '#5b8fb9', pants: DARK, coat: true, hijab: '#2f7f7a', arms: { right: [-0.02, -0.12], left: [0.05, 0.3] }, holding: 'box' }));
  out.push(table(230, 600, 1140, 200, '#d7a56f', '#b5835a'));
  out.push(back(470, 1030, 1.25, '#4f6d8f', DARK));
  out.push(back(1120, 1030, 1.2, '#c2685b', DARK, '#e3b04b'));
  return svg(out.join(''));
}

/** Low service counter: an officer serves a mother and a wheelchair user; waiting chairs behind. */
function counterScene(): string {
  const out = [room('#f3ead8', '#b8ad9c', 640)];
  out.push(rect(840, 120, 560, 260, '#3f9b6e', 8), rect(880, 160, 480, 180, '#e7f3ec', 4));
  for (let i = 0; i < 4; i++) out.push(rect(60 + i * 110, 560, 90, 90, '#5b7fa6', 8), rect(66 + i * 110, 650, 78, 22, '#4a6a8e', 4), rect(75 + i * 110, 672, 8, 40, '#444'), rect(127 + i * 110, 672, 8, 40, '#444'));
  out.push(person({ x: 1140, y: 820, h: 520, seated: true, skin: SKIN[1]!, shirt: '#2f6b9a', pants: DARK, arms: { right: [-0.1, 0.16], left: [0.1, 0.16] } }));
  out.push(table(820, 640, 640, 190, '#d7a56f', '#b5835a'));
  out.push(person({ x: 560, y: 940, h: 430, skin: SKIN[3]!, shirt: '#c0504d', pants: '#7a2e3b', hijab: '#e3b04b', arms: { left: [0.12, 0.2], right: [-0.05, 0.36] } }));
  out.push(wheelchairUser(760, 960, 1.3, '#44a06b', '#37474f', SKIN[5]!));
  return svg(out.join(''));
}

/** Training room: a trainer beside a screen showing a bowl of food, participants in rows. */
function trainingScene(): string {
  const out = [room('#e9eef0', '#a89c8d', 600)];
  out.push(rect(60, 110, 220, 280, '#bfe0f2', 6), rect(166, 110, 8, 280, '#e9eef0'));
  out.push(screen(470, 80, 660, 390, 'bowl'));
  out.push(person({ x: 1300, y: 640, h: 400, skin: SKIN[3]!, shirt: '#f4f4f0', pants: '#2d3e5c', hijab: '#b03a48', arms: { right: [-0.2, -0.04], left: [0.05, 0.36] } }));
  const colours = ['#4f81bd', '#c0504d', '#9bbb59', '#8064a2', '#f79646', '#4bacc6', '#a05a7a'];
  for (let i = 0; i < 7; i++) out.push(back(140 + i * 220, 780, 0.72, colours[i]!, DARK, i % 3 === 1 ? '#2f7f7a' : undefined));
  for (let i = 0; i < 7; i++) out.push(rect(70 + i * 220, 775, 140, 30, '#39424e', 6));
  for (let i = 0; i < 5; i++) out.push(back(200 + i * 300, 1040, 1.1, colours[(i + 3) % 7]!, DARK, i % 2 === 0 ? '#c98b2b' : undefined));
  return svg(out.join(''));
}

/** UMKM clinic desk: an officer points at a laptop; two producers sit with jars and packets. */
function umkmDeskScene(): string {
  const out = [room('#e7eef7', '#b3a896', 640)];
  out.push(rect(120, 100, 520, 300, '#f5d48a', 8), rect(150, 130, 200, 240, '#e59f4a', 6), rect(380, 130, 230, 110, '#6fb37a', 6), rect(380, 260, 230, 110, '#5c8fd1', 6));
  out.push(rect(1060, 90, 420, 330, '#c9a77c', 6), rect(1060, 250, 420, 12, '#9b7a52'));
  out.push(person({ x: 300, y: 930, h: 680, seated: true, skin: SKIN[3]!, shirt: '#b35a7a', pants: DARK, hijab: '#5a4e8c', arms: { right: [-0.02, 0.17], left: [0.08, 0.17] } }));
  out.push(person({ x: 610, y: 930, h: 700, seated: true, skin: SKIN[0]!, shirt: '#d08a2c', pants: DARK, arms: { right: [-0.06, 0.17], left: [0.06, 0.17] } }));
  out.push(person({ x: 1250, y: 930, h: 690, seated: true, skin: SKIN[2]!, shirt: '#2f6b9a', pants: DARK, arms: { right: [-0.22, 0.1], left: [0.06, 0.18] } }));
  out.push(table(80, 720, 1440, 280, '#d7a56f', '#b5835a'));
  // laptop facing the officer: lid seen from behind, base on the desk
  out.push(poly([[910, 715], [1090, 715], [1070, 550], [930, 550]], '#5f6b78'), rect(880, 708, 240, 12, '#3a424c', 4), circle(1000, 630, 11, '#aab4bf'));
  const jar = (x: number, fill: string) => rect(x, 625, 66, 95, fill, 10) + rect(x + 5, 610, 56, 20, '#c0392b', 4) + rect(x, 660, 66, 28, '#fdf6e3');
  out.push(jar(405, '#9c4a2c'), jar(480, '#e5a33b'));
  const packet = (x: number, fill: string) => poly([[x, 620], [x + 70, 620], [x + 82, 720], [x - 12, 720]], fill) + rect(x - 4, 650, 78, 24, '#fdf6e3');
  out.push(packet(730, '#e14b4b'), packet(820, '#3c8d4f'));
  return svg(out.join(''));
}

/** Market stall under a striped tarp: two officers in vests check food packets with the seller. */
function marketScene(): string {
  const out = [rect(0, 0, WIDTH, HEIGHT, '#d8e4ea'), rect(0, 780, WIDTH, 220, '#9e968a')];
  out.push(rect(0, 250, 160, 530, '#b6a58a'), rect(1440, 250, 160, 530, '#a9b58a'), poly([[0, 220], [200, 220], [160, 300], [0, 300]], '#6f8f9f'), poly([[1400, 220], [1600, 220], [1600, 300], [1440, 300]], '#9f6f6f'));
  out.push(rect(210, 250, 14, 530, '#6d4c33'), rect(1376, 250, 14, 530, '#6d4c33'));
  for (let i = 0; i < 12; i++) out.push(poly([[180 + i * 103, 110], [283 + i * 103, 110], [293 + i * 103, 260], [170 + i * 103, 260]], i % 2 ? '#f4efe1' : '#e2713b'));
  // shelf of packets behind the seller
  out.push(rect(260, 330, 1080, 16, '#8d6e4f'));
  const packetColours = ['#f2b134', '#e14b4b', '#3c8d4f', '#5c8fd1', '#f2b134', '#b35a7a'];
  for (let i = 0; i < 16; i++) out.push(poly([[275 + i * 66, 250], [325 + i * 66, 250], [332 + i * 66, 330], [268 + i * 66, 330]], packetColours[i % 6]!));
  out.push(person({ x: 800, y: 780, h: 440, skin: SKIN[1]!, shirt: '#5b8c5a', pants: DARK, hijab: '#8e3b5e', arms: { right: [-0.08, 0.2], left: [0.08, 0.2] } }));
  out.push(table(230, 560, 1140, 240, '#b07f52', '#8f6642'));
  const crate = (x: number, fill: string) => {
    const items = [0, 1, 2, 3].map((k) => circle(x + 35 + k * 45, 548, 26, fill)).join('');
    return items + rect(x, 548, 200, 30, '#c79a5b', 4);
  };
  out.push(crate(270, '#d9412b'), crate(500, '#6aaa3a'), crate(1090, '#f08a24'));
  out.push(rect(760, 500, 90, 60, '#5c8fd1', 4), rect(860, 510, 80, 50, '#f2b134', 4), rect(950, 495, 100, 65, '#e14b4b', 4));
  // officers seen from behind, in orange vests, one lifting a packet to read its label
  out.push(back(480, 1010, 1.2, '#e8772e', DARK), rect(392, 860, 216, 22, '#eef2c8'));
  out.push(line([405, 850], [372, 700], '#e8772e', 30), circle(372, 700, 14, SKIN[2]!), held('packet', [372, 705], 520));
  out.push(back(1120, 1010, 1.2, '#e8772e', DARK, '#3b3b58'), rect(1032, 860, 216, 22, '#eef2c8'));
  out.push(held('clipboard', [1240, 900], 480));
  return svg(out.join(''));
}

const SCENES: { file: string; draw: () => string }[] = [
  { file: 'content/news/pencanangan-zona-integritas-2022/foto.jpg', draw: pledgeScene },
  { file: 'content/news/forum-konsultasi-publik-2024/foto.jpg', draw: presentationScene },
  { file: 'content/forums/fkp-standar-pelayanan-2024/foto.jpg', draw: uTableScene },
  { file: 'content/news/studi-tiru-layanan-inklusif/foto.jpg', draw: rampScene },
  { file: 'content/news/waspada-resistensi-antimikroba/foto.jpg', draw: pharmacyScene },
  { file: 'content/news/penghargaan-ramah-kelompok-rentan-2024/foto.jpg', draw: counterScene },
  { file: 'content/news/kerja-sama-dinas-kesehatan-pelatihan-keamanan-pangan/foto.jpg', draw: trainingScene },
  { file: 'content/news/klinik-umkm-dampingi-registrasi-produk/foto.jpg', draw: umkmDeskScene },
  { file: 'content/news/pengawasan-pangan-jelang-idulfitri-2026/foto.jpg', draw: marketScene },
];

const started = performance.now();
for (const scene of SCENES) {
  const target = join(ROOT, scene.file);
  await mkdir(dirname(target), { recursive: true });
  const jpeg = await sharp(Buffer.from(scene.draw())).jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer();
  await writeFile(target, jpeg);
  console.log(`${relative(ROOT, target)}  ${Math.round(jpeg.length / 1024)} KB`);
}
console.log(`${SCENES.length} ilustrasi dibuat dalam ${Math.round(performance.now() - started)} ms.`);
