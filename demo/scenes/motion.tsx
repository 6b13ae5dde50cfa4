import { isMotionValue, type MotionValue } from 'framer-motion';
import {
  type CSSProperties,
  createElement,
  type ReactNode,
  type SVGProps,
  useEffect,
  useLayoutEffect,
  useRef,
} from 'react';

/** What a scene animates: a number, or a motion value that the frame's progress drives. */
type Value = number | MotionValue<number>;

/** The animated style of a scene's element: the few properties the scenes move. */
export interface SceneStyle {
  x?: Value;
  y?: Value;
  rotate?: Value;
  scaleX?: Value;
  opacity?: Value;
  /** Where it turns and stretches from, 0 → 1 of its own box. Default the middle. */
  originX?: number;
  originY?: number;
  /** Share of a path drawn, 0 → 1. */
  pathLength?: Value;
  fontVariantNumeric?: CSSProperties['fontVariantNumeric'];
}

type Props<Element extends SVGElement> = Omit<SVGProps<Element>, 'style' | 'children'> & {
  style?: SceneStyle;
  /** Text, or a motion value written as text (a clock). */
  children?: ReactNode | MotionValue<string> | MotionValue<number>;
};

const read = (value: Value | undefined) => (isMotionValue(value) ? value.get() : value);

/**
 * The element's CSS and attributes for the current values, as framer-motion writes them for
 * SVG: one CSS transform in its own box (`transform-box: fill-box`), translate then scale then
 * rotate; a path drawn to a share of its length by a dash.
 */
function paint(style: SceneStyle): { css: CSSProperties; attrs: Record<string, string> } {
  const [x, y, rotate, scaleX] = [
    read(style.x),
    read(style.y),
    read(style.rotate),
    read(style.scaleX),
  ];
  const css: CSSProperties = { fontVariantNumeric: style.fontVariantNumeric };
  const attrs: Record<string, string> = {};
  const moves = [
    x !== undefined || y !== undefined ? `translate(${x ?? 0}px, ${y ?? 0}px)` : '',
    scaleX !== undefined ? `scaleX(${scaleX})` : '',
    rotate !== undefined ? `rotate(${rotate}deg)` : '',
  ].filter(Boolean);
  if (moves.length > 0) {
    css.transform = moves.join(' ');
    css.transformBox = 'fill-box';
    css.transformOrigin = `${(style.originX ?? 0.5) * 100}% ${(style.originY ?? 0.5) * 100}%`;
  }
  const opacity = read(style.opacity);
  if (opacity !== undefined) css.opacity = opacity;
  const drawn = read(style.pathLength);
  if (drawn !== undefined) {
    attrs.pathLength = '1';
    css.strokeDasharray = `${drawn} 1`;
    css.strokeDashoffset = 0;
  }
  return { css, attrs };
}

const useBrowserLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * An SVG element whose style may hold motion values: drawn with their values, then written
 * straight on the element as they change — the frame's progress moves the scene without a React
 * render. All the scenes need of framer-motion's `m`, in a few hundred bytes.
 */
function Animated({ tag, style = {}, children, ...props }: Props<SVGElement> & { tag: string }) {
  const element = useRef<SVGElement>(null);
  useBrowserLayoutEffect(() => {
    const node = element.current;
    const values: MotionValue<unknown>[] = Object.values(style).filter(isMotionValue);
    if (isMotionValue(children)) values.push(children);
    if (!node || values.length === 0) return;
    const update = () => {
      const { css, attrs } = paint(style);
      Object.assign(node.style, css);
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
      if (isMotionValue(children)) node.textContent = String(children.get());
    };
    update();
    const stops = values.map((value) => value.on('change', update));
    return () => {
      for (const stop of stops) stop();
    };
  });
  const { css, attrs } = paint(style);
  const text = isMotionValue(children) ? String(children.get()) : (children as ReactNode);
  return createElement(tag, { ...props, ...attrs, style: css, ref: element }, text);
}

/** The scenes' animated SVG elements: `<m.g style={{ y: sway }}>`. */
export const m = {
  g: (props: Props<SVGGElement>) => <Animated tag="g" {...(props as Props<SVGElement>)} />,
  path: (props: Props<SVGPathElement>) => <Animated tag="path" {...(props as Props<SVGElement>)} />,
  rect: (props: Props<SVGRectElement>) => <Animated tag="rect" {...(props as Props<SVGElement>)} />,
  text: (props: Props<SVGTextElement>) => <Animated tag="text" {...(props as Props<SVGElement>)} />,
  line: (props: Props<SVGLineElement>) => <Animated tag="line" {...(props as Props<SVGElement>)} />,
  circle: (props: Props<SVGCircleElement>) => (
    <Animated tag="circle" {...(props as Props<SVGElement>)} />
  ),
};
