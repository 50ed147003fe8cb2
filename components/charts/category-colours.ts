export { categoryColour } from "@/lib/compare/category-colours";
